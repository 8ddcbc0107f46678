using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Organizations;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>A volunteer finds an organization and applies to join it (A5.7, A12.2).</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class JoinModel(
    IGrainFactory grains,
    IOrganizationReadModel organizations,
    IRegionDirectory regions,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public Page<OrganizationRow> Results { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(Guid organizationId, Guid operationId)
    {
        await grains.Membership(User.VolunteerId()!.Value, organizationId).ApplyAsync(HttpContext.CommandContext(operationId));
        TempData["StatusMessage"] = localizer["Join.Applied"].Value;
        return RedirectToPage("/Volunteers/Me");
    }

    private async Task LoadAsync()
    {
        Regions = await regions.ListAsync();
        var region = Regions.FirstOrDefault(r => r.Code == Region);
        var scope = region is null ? null : Regions.Where(r => Grains.Regions.RegionCodes.Contains(region.Code, r.Code)).Select(r => r.Code).ToList();
        Results = await organizations.SearchAsync(new OrganizationSearch(Text, Status: nameof(OrganizationStatus.Active), RegionCodes: scope, Page: PageNumber));
    }
}
