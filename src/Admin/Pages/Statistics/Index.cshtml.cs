using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Reports;
using VolunteerRecords.Jobs.Reports;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Admin.Pages.Statistics;

/// <summary>
/// The statistics of a bureau's region or of the user's organization over chosen months (A21, A28), with charts, and
/// the kept reports to download as Excel or CSV.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[EnableRateLimiting(RateLimitPolicies.Downloads)]
public sealed class IndexModel(
    IGrainFactory grains,
    ReportGenerator generator,
    ReportWorkbook workbook,
    IStatisticsStore statistics,
    IRegionDirectory regions,
    RegionScope regionScope,
    IAuditLog audit,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>A bureau picks a region it oversees; organization staff always see their own organization.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    /// <summary>yyyy-MM</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public ReportScope Scope { get; private set; } = null!;

    public StatisticsSnapshot? Figures { get; private set; }

    public IReadOnlyList<ReportRow> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadScopeAsync())
        {
            return NotFound();
        }

        if (Period() is not { } period)
        {
            ModelState.AddModelError("", localizer["Statistics.PeriodInvalid"]);
            return Page();
        }

        Figures = await generator.ComputeAsync(Scope.Statistics, period, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Keeps the figures shown as a report; the form's operation id makes a double click keep one.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid operationId)
    {
        if (!await LoadScopeAsync())
        {
            return NotFound();
        }

        if (Period() is not { } period)
        {
            ModelState.AddModelError("", localizer["Statistics.PeriodInvalid"]);
            return Page();
        }

        await generator.SaveAsync("custom:" + operationId.ToString("N"), period, Scope, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        TempData["StatusMessage"] = localizer["Statistics.Saved"].Value;
        return RedirectToPage(new { Region, From, To });
    }

    public async Task<IActionResult> OnGetDownloadAsync(string id, string format)
    {
        if (!await LoadScopeAsync() || await statistics.FindReportAsync(id, HttpContext.RequestAborted) is not { } report || !MaySee(report))
        {
            return NotFound();
        }

        await HttpContext.AuditDownloadAsync(audit, "report.downloaded", "report", id, $"format={(format == "csv" ? "csv" : "xlsx")}");
        var sheets = await workbook.SheetsAsync(report, JsonSerializer.Deserialize<StatisticsSnapshot>(report.Content)!);
        var name = $"report-{report.PeriodFrom:yyyyMM}-{report.PeriodTo:yyyyMM}-{report.Kind.ToLowerInvariant()}";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{(format == "csv" ? "csv" : "xlsx")}\"";
        if (format == "csv")
        {
            Response.ContentType = "text/csv; charset=utf-8";
            await ReportWorkbook.WriteCsvAsync(sheets, Response.Body);
        }
        else
        {
            Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            await ReportWorkbook.WriteXlsxAsync(sheets, Response.Body, HttpContext.RequestAborted);
        }

        return new EmptyResult();
    }

    private ReportPeriod? Period()
    {
        var today = ChinaTime.Today(time);
        From ??= $"{today.Year}-01";
        To ??= today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return DateOnly.TryParseExact(From + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(To + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            ? ReportPeriod.Custom(from, to, today)
            : null;
    }

    /// <returns>false for a region the bureau does not oversee, or staff without an organization.</returns>
    private async Task<bool> LoadScopeAsync()
    {
        var actor = User.ToActor();
        if (actor.IsBureau)
        {
            var oversees = await regionScope.RegionsOfAsync(User);
            Regions = [.. (await regions.ListAsync()).Where(r => oversees is null || oversees.Contains(r.Code))];
            Region ??= actor.RegionCode;
            var region = Regions.FirstOrDefault(r => r.Code == Region);
            if (region is null)
            {
                return false;
            }

            Scope = new ReportScope(region.Code, null, region.Name);
            Reports = await statistics.ListReportsAsync(oversees is null ? null : [.. Regions.Select(r => r.Code)], null, 50);
            return true;
        }

        if (actor.OrganizationId is not { } organizationId
            || await grains.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync() is not { } organization)
        {
            return false;
        }

        Region = null;
        Scope = new ReportScope(null, organizationId.ToString(), organization.Name);
        Reports = await statistics.ListReportsAsync(null, Scope.OrganizationId, 50);
        return true;
    }

    private bool MaySee(ReportRow report) =>
        Scope.OrganizationId is { } own
            ? report.ScopeOrganization == own
            : report.ScopeOrganization is null && Regions.Any(r => r.Code == report.ScopeRegion);
}
