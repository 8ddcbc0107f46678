using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.SpotChecks;
using VolunteerRecords.Grains.Supervision;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.SpotChecks;
using VolunteerRecords.Storage.Supervision;

namespace VolunteerRecords.Admin.Pages.Supervision;

/// <summary>
/// A bureau's view of its region (A4, A11; 办法 Art21): which organizations' records are overdue now, and month by
/// month how many activities each recorded on time.
/// </summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(
    IGrainFactory grains, IComplianceReadModel compliance, ISpotCheckStore spotChecks, RegionScope regionScope, TimeProvider time, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    private const int OverdueShown = 200;
    private const int ChecksShown = 50;

    public IReadOnlyList<OverdueRecordsRow> Overdue { get; private set; } = [];

    public IReadOnlyList<ComplianceRow> Months { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public IReadOnlyList<SpotCheckRow> SpotChecks { get; private set; } = [];

    [BindProperty]
    [Display(Name = "SpotCheck.From")]
    public DateOnly? From { get; set; }

    [BindProperty]
    [Display(Name = "SpotCheck.To")]
    public DateOnly? To { get; set; }

    [BindProperty]
    [Display(Name = "SpotCheck.Size")]
    public int? Size { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        From ??= Today.AddDays(-30);
        To ??= Today;
        Size ??= SpotCheckRules.DefaultSize;
    }

    public async Task<IActionResult> OnPostDrawAsync(Guid operationId)
    {
        if (From is null || To is null || Size is null)
        {
            ModelState.AddModelError(nameof(From), localizer[SpotCheckErrors.PeriodInvalid]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        // The check's id is the operation's, so the form posted twice draws once.
        await grains.GetGrain<ISpotCheckGrain>(operationId).DrawAsync(From!.Value, To!.Value, Size!.Value, HttpContext.CommandContext(operationId));
        TempData["StatusMessage"] = localizer["SpotCheck.Drawn", From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value;
        return RedirectToPage("/Supervision/SpotCheck", new { id = operationId });
    }

    private async Task LoadAsync()
    {
        var scope = await regionScope.RegionsOfAsync(User);
        Today = ChinaTime.Today(time);
        var from = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1 - ComplianceRules.MonthsShown);
        var to = new DateOnly(Today.Year, Today.Month, 1).AddMonths(2).AddDays(-1);
        Overdue = await compliance.OverdueAsync(scope, Today, OverdueShown, HttpContext.RequestAborted);
        Months = await compliance.ByMonthAsync(scope, from, to, Today, HttpContext.RequestAborted);
        SpotChecks = await spotChecks.ListAsync(scope, ChecksShown, HttpContext.RequestAborted);
    }

    public static string Share(ComplianceRow row) =>
        ComplianceRules.OnTimeShare(row.OnTime, row.ClosedLate, row.Overdue) is { } share
            ? share.ToString("P0", System.Globalization.CultureInfo.CurrentCulture)
            : "—";
}
