using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Supervision;
using VolunteerRecords.Storage.Supervision;

namespace VolunteerRecords.Admin.Pages.Supervision;

/// <summary>
/// A bureau's view of its region (A4, A11; 办法 Art21): which organizations' records are overdue now, and month by
/// month how many activities each recorded on time.
/// </summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(IComplianceReadModel compliance, RegionScope regionScope, TimeProvider time) : PageModel
{
    private const int OverdueShown = 200;

    public IReadOnlyList<OverdueRecordsRow> Overdue { get; private set; } = [];

    public IReadOnlyList<ComplianceRow> Months { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        var scope = await regionScope.RegionsOfAsync(User);
        Today = ChinaTime.Today(time);
        var from = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1 - ComplianceRules.MonthsShown);
        var to = new DateOnly(Today.Year, Today.Month, 1).AddMonths(2).AddDays(-1);
        Overdue = await compliance.OverdueAsync(scope, Today, OverdueShown, HttpContext.RequestAborted);
        Months = await compliance.ByMonthAsync(scope, from, to, Today, HttpContext.RequestAborted);
    }

    public static string Share(ComplianceRow row) =>
        ComplianceRules.OnTimeShare(row.OnTime, row.ClosedLate, row.Overdue) is { } share
            ? share.ToString("P0", System.Globalization.CultureInfo.CurrentCulture)
            : "—";
}
