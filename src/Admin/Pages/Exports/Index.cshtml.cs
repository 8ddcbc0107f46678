using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Exports;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Jobs.Exports;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Exports;

namespace VolunteerRecords.Admin.Pages.Exports;

/// <summary>
/// The city bureau's exports to the national volunteer information system (A21, A23): each numbered, each downloadable
/// again, none repeating a record.
/// </summary>
[Authorize(Policy = Policies.Bureau)]
[EnableRateLimiting(RateLimitPolicies.Downloads)]
public sealed class IndexModel(
    IGrainFactory grains,
    INationalExportStore exports,
    NationalExportFile files,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<NationalExportRow> Exports { get; private set; } = [];

    /// <summary>The whole city's records go out in one numbering: district bureaus see this page but cannot open it.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var actor = User.ToActor();
        if (actor.Role != Role.CityAdmin || actor.RegionCode != RegionCodes.City)
        {
            context.Result = Forbid();
        }
    }

    public async Task OnGetAsync() => Exports = await exports.ListAsync();

    [RequiresRecentSignIn]
    public async Task<IActionResult> OnPostCreateAsync(Guid operationId)
    {
        var number = await grains.GetGrain<INationalExportGrain>(0).CreateAsync(HttpContext.CommandContext(operationId));
        TempData["StatusMessage"] = localizer["Exports.Created", number].Value;
        return RedirectToPage();
    }

    [RequiresRecentSignIn]
    public async Task<IActionResult> OnGetDownloadAsync(int number, ExportPart part)
    {
        if (await exports.FindAsync(number, HttpContext.RequestAborted) is not { } export || !Enum.IsDefined(part))
        {
            return NotFound();
        }

        await HttpContext.AuditDownloadAsync(audit, "export.downloaded", "national-export", number.ToString(CultureInfo.InvariantCulture), $"part={part}");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{NationalExportFile.FileName(number, part)}\"";
        await files.WriteAsync(export, part, Response.Body, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
