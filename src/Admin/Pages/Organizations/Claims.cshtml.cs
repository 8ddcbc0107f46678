using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities.Attendance;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>
/// The certification queue: volunteers' claims of hours and requests for corrections, oldest first, each certified as
/// asked or rejected with a reason (A13, A21).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ClaimsModel(IGrainFactory grains, IServiceClaimStore claims, IStringLocalizer<SharedResource> localizer)
    : OrganizationPageModel(grains, localizer)
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<ServiceClaimRow> Pending { get; private set; } = new([], 0, 1, 20);

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid claimId, bool certify, string? note, Guid operationId)
    {
        var claim = await claims.FindAsync(claimId.ToString());
        if (claim is null || claim.OrganizationId != id.ToString() || !await LoadAsync(id))
        {
            return NotFound();
        }

        var decision = new ClaimDecision(claimId, certify, note);
        var context = HttpContext.CommandContext(operationId);
        // A claim of hours is answered by its activity (roster, session); a correction by the volunteer's ledger.
        return await ApplyAsync(
            id,
            () => claim.Kind == ClaimKind.Hours
                ? Grains.GetGrain<IActivityAttendanceGrain>(Guid.Parse(claim.ActivityId!)).DecideClaimAsync(decision, context)
                : Grains.GetGrain<IRecordBookGrain>(Guid.Parse(claim.VolunteerId)).DecideServiceCorrectionAsync(decision, context),
            message: Text[certify ? "Claims.CertifiedDone" : "Claims.RejectedDone"].Value);
    }

    protected override async Task LoadPageAsync(Guid id) =>
        Pending = await claims.PendingForOrganizationAsync(id.ToString(), PageNumber, 20);
}
