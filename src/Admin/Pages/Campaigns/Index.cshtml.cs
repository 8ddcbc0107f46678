using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Campaigns;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Campaigns;

/// <summary>A bureau's recognition campaigns (A27) and the form to define one.</summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(
    IGrainFactory grains,
    ICampaignStore campaigns,
    IRegionDirectory regions,
    RegionScope regionScope,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    /// <summary>Set when the form was opened from an organization's page: the campaign is for that organization.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Organization { get; set; }

    public string? OrganizationName { get; private set; }

    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.ScopeRegion = User.FindFirst(VrClaimTypes.RegionCode)?.Value ?? "";
        Input.GrantingBody = Regions.FirstOrDefault(r => r.Code == Input.ScopeRegion) is { } region ? localizer["Campaigns.DefaultBody", region.Name] : "";
        var year = ChinaTime.Today(time).Year - 1;
        Input.PeriodFrom = new DateOnly(year, 1, 1);
        Input.PeriodTo = new DateOnly(year, 12, 31);
    }

    public async Task<IActionResult> OnPostAsync(Guid operationId)
    {
        await LoadAsync();
        if (Input.PeriodFrom is null || Input.PeriodTo is null)
        {
            ModelState.AddModelError("", localizer[CampaignErrors.PeriodInvalid]);
            return Page();
        }

        Input.ScopeOrganization = Organization;
        var id = Guid.NewGuid();
        await grains.GetGrain<ICampaignGrain>(id).DefineAsync(Input.ToCommand(), HttpContext.CommandContext(operationId));
        return RedirectToPage("Details", new { id });
    }

    private async Task LoadAsync()
    {
        var scope = await regionScope.RegionsOfAsync(User);
        Regions = [.. (await regions.ListAsync()).Where(r => scope is null || scope.Contains(r.Code))];
        var own = User.FindFirst(VrClaimTypes.RegionCode)?.Value;
        Campaigns = await campaigns.ListAsync(scope is null || own is null ? null : RegionCodes.LikePattern(own));
        if (Organization is { } organization)
        {
            OrganizationName = (await grains.GetGrain<IOrganizationGrain>(organization).GetProfileAsync())?.Name;
        }
    }
}
