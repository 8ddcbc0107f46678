using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Storage.Organizations;
using VolunteerRecords.Storage.TotalsChecks;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Pages;

public sealed class IndexModel(
    IGrainFactory grains,
    IAuthorizationService authorization,
    RegionScope regionScope,
    IOrganizationReadModel organizations,
    IVolunteerDirectory volunteers,
    ITotalsCheckStore totalsChecks,
    TimeProvider time) : PageModel
{
    public HomeCounts? Counts { get; private set; }

    /// <summary>For the city bureau: the latest nightly check of volunteers' totals against the ledger.</summary>
    public TotalsCheckRow? TotalsCheck { get; private set; }

    public Guid? OrganizationId { get; private set; }

    /// <summary>For the city bureau, from November: next year's holiday arrangement, when it is not entered yet.</summary>
    public int? ArrangementMissing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if ((await authorization.AuthorizeAsync(User, Policies.Volunteer)).Succeeded)
        {
            return RedirectToPage("/Volunteers/Me");
        }

        if ((await authorization.AuthorizeAsync(User, Policies.Bureau)).Succeeded)
        {
            var scope = await regionScope.RegionsOfAsync(User);
            var page = await organizations.SearchAsync(new OrganizationSearch(RegionCodes: scope, PageSize: 1));
            Counts = new HomeCounts(page.Total, await volunteers.CountAsync());
            if (User.ToActor().IsCityBureau)
            {
                TotalsCheck = await totalsChecks.LatestAsync(HttpContext.RequestAborted);
                var today = Grains.Common.ChinaTime.Today(time);
                if ((await grains.GetGrain<Grains.Calendar.ICalendarGrain>(0).GetAsync()).NextYearMissing(today))
                {
                    ArrangementMissing = today.Year + 1;
                }
            }
        }

        OrganizationId = User.OrganizationId();
        return Page();
    }

    public sealed record HomeCounts(int Organizations, int Volunteers);
}
