using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Matching;

namespace VolunteerRecords.Admin.Pages.Bases;

/// <summary>
/// A service base and its history of service: the activities held there and what they add up to (A19.4); for the
/// organization's staff, its bureaus and its members only.
/// </summary>
[Authorize]
public sealed class DetailsModel(IGrainFactory grains, IMatchingStore store) : PageModel
{
    public ServiceBaseAgreement? Agreement { get; private set; }

    public ServiceRollup? Rollup { get; private set; }

    public IReadOnlyList<ActivityRow> Activities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Agreement = await grains.GetGrain<IServiceBaseGrain>(id).GetAsync();
        if (Agreement is null || !await OrganizationAudience.IncludesAsync(grains, User, Agreement.OrganizationId))
        {
            Agreement = null;
            return NotFound();
        }

        Rollup = await store.RollupAsync("base_id", id.ToString());
        Activities = await store.LinkedActivitiesAsync("base_id", id.ToString());
        return Page();
    }
}
