using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>
/// The volunteer asks for one of her entries to be corrected: the times she believes right and why. The organization
/// that certified it decides (A16); the entry itself is never changed, a correction is a new row.
/// </summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class CorrectionModel(
    IGrainFactory grains,
    IServiceLedger ledger,
    IServiceClaimStore claims,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int ClaimsLooked = 50;

    public ServiceRecord? Entry { get; private set; }

    /// <summary>A request for this entry is already waiting for the organization.</summary>
    public bool Waiting { get; private set; }

    [BindProperty(Name = "day")]
    public DateOnly? Day { get; set; }

    [BindProperty(Name = "from")]
    public TimeOnly? From { get; set; }

    [BindProperty(Name = "to")]
    public TimeOnly? To { get; set; }

    [BindProperty(Name = "deducted")]
    public int? Deducted { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    [BindProperty(Name = "operationId")]
    public Guid OperationId { get; set; }

    /// <summary>The times the form shows: what she typed when it is shown again, the entry's own otherwise.</summary>
    public ServiceTimesFields Times =>
        new ServiceTimesInput(Day, From, To, Deducted).TryRead(out var start, out var end, out var deducted)
            ? new ServiceTimesFields("correction", start, end, deducted)
            : new ServiceTimesFields("correction", Entry!.StartUtc, Entry.EndUtc, Entry.DeductedMinutes);

    public async Task<IActionResult> OnGetAsync(Guid rootId)
    {
        if (!await LoadAsync(rootId))
        {
            return NotFound();
        }

        OperationId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid rootId)
    {
        if (!await LoadAsync(rootId))
        {
            return NotFound();
        }

        if (!new ServiceTimesInput(Day, From, To, Deducted).TryRead(out var start, out var end, out var minutes))
        {
            ModelState.AddModelError("", localizer["Correction.TimesRequired"]);
            return Page();
        }

        await grains.GetGrain<IRecordBookGrain>(User.VolunteerId()!.Value).RequestServiceCorrectionAsync(
            rootId, new ServiceCorrection(start, end, minutes, Reason ?? ""), HttpContext.CommandContext(OperationId));

        TempData["StatusMessage"] = localizer["Correction.RequestSent", Entry!.StartUtc.ToChinaTime("yyyy-MM-dd HH:mm"), Entry.Content].Value;
        return RedirectToPage("/Volunteers/Me");
    }

    /// <summary>Her entry, current version; anyone else's does not exist here.</summary>
    private async Task<bool> LoadAsync(Guid rootId)
    {
        if (User.VolunteerId() is not { } id || await ledger.CurrentAsync(rootId.ToString()) is not { } entry || entry.VolunteerId != id.ToString())
        {
            return false;
        }

        Entry = entry;
        Waiting = (await claims.ForVolunteerAsync(id.ToString(), ClaimsLooked)).Any(c => c.IsPending && c.RootId == entry.RootId);
        return true;
    }
}
