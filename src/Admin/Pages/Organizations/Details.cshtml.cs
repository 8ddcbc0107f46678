using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Organizations;

[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(IGrainFactory grains, IActivityReadModel activities, IRegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public OrganizationProfile? Organization { get; private set; }

    public string? RegionName { get; private set; }

    public Page<ActivityRow> Activities { get; private set; } = new([], 0, 1, 20);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Organization = await grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync();
        // Outside the user's scope the organization does not exist for them: 404, not 403, so ids cannot be probed.
        if (Organization is null || !User.ToActor().ActsFor(Organization.Id, Organization.RegionCode))
        {
            return NotFound();
        }

        RegionName = (await regions.FindAsync(Organization.RegionCode))?.Name;
        Activities = await activities.ListByOrganizationAsync(id.ToString(), PageNumber, 20);
        return Page();
    }
}
