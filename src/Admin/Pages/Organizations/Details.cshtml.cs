using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Organizations;

[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(IGrainFactory grains, IActivityReadModel activities, IRegionDirectory regions, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public OrganizationProfile? Organization { get; private set; }

    public string? RegionName { get; private set; }

    public bool IsBureau { get; private set; }

    public bool CanAdminister { get; private set; }

    public Page<ActivityRow> Activities { get; private set; } = new([], 0, 1, 20);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(Guid id, OrganizationStatus status, string? reason, Guid operationId)
    {
        try
        {
            await grains.GetGrain<IOrganizationGrain>(id).SetStatusAsync(status, reason ?? "", HttpContext.CommandContext(operationId));
            TempData["StatusMessage"] = localizer["Common.Saved"].Value;
            return RedirectToPage(new { id });
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError("", localizer[exception.Code]);
            return await LoadAsync(id) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Organization = await grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync();
        var actor = User.ToActor();
        // Outside the user's scope the organization does not exist for them: 404, not 403, so ids cannot be probed.
        if (Organization is null || !actor.ActsFor(Organization.Id, Organization.RegionCode))
        {
            return false;
        }

        IsBureau = actor.OverseesRegion(Organization.RegionCode);
        CanAdminister = actor.AdministersFor(Organization.Id, Organization.RegionCode);
        RegionName = (await regions.FindAsync(Organization.RegionCode))?.Name;
        Activities = await activities.ListByOrganizationAsync(id.ToString(), PageNumber, 20);
        return true;
    }
}
