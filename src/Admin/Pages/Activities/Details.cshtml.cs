using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Organizations;

namespace VolunteerRecords.Admin.Pages.Activities;

[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(IGrainFactory grains) : PageModel
{
    public ActivityDetails? Activity { get; private set; }

    public string? OrganizationName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Activity = await grains.GetGrain<IActivityGrain>(id).GetDetailsAsync();
        if (Activity is null)
        {
            return NotFound();
        }

        var organization = await grains.GetGrain<IOrganizationGrain>(Activity.OrganizationId).GetProfileAsync();
        if (organization is null || !User.ToActor().ActsFor(organization.Id, organization.RegionCode))
        {
            return NotFound();
        }

        OrganizationName = organization.Name;
        return Page();
    }
}
