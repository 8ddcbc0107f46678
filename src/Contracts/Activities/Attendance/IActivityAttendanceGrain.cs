using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Activities.Attendance;

/// <summary>An activity's attendance and certification, keyed by the activity's id: sheets, claims of hours and evaluations.</summary>
[Alias("vr.IActivityAttendanceGrain")]
public interface IActivityAttendanceGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Keeps a photo of a session's sign-in sheet (JPEG or PNG, at most 5 MB) as proof for the entries certified from
    /// it (A21); the attendance sheet then cites it by the returned id.
    /// </summary>
    [Alias("AttachSheetPhoto")]
    Task<Guid> AttachSheetPhotoAsync(byte[] content, CommandContext context);

    /// <summary>The recorder's attendance sheet: each entry certified into its volunteer's ledger, or refused with its rule.</summary>
    [Alias("CertifyAttendance")]
    Task<IReadOnlyList<AttendanceResult>> CertifyAttendanceAsync(IReadOnlyList<AttendanceEntry> entries, CommandContext context);

    /// <summary>
    /// A volunteer on the roster claims hours for a session they attended, with the recipient's or organizer's proof;
    /// nothing counts until a recorder certifies it (A13, A21).
    /// </summary>
    [Alias("ClaimHours")]
    Task ClaimHoursAsync(Guid volunteerId, HoursClaim claim, CommandContext context);

    /// <summary>A recorder certifies a claim as asked, or rejects it with the reason; a claim is decided once.</summary>
    /// <returns>The certified minutes; null when rejected.</returns>
    [Alias("DecideClaim")]
    Task<int?> DecideClaimAsync(ClaimDecision decision, CommandContext context);

    /// <summary>
    /// After the activity ends, the organization evaluates a participant once: how the duties were done and how
    /// satisfied the recipients were, each 1 to 5 (A22).
    /// </summary>
    [Alias("Evaluate")]
    Task EvaluateAsync(Guid volunteerId, int dutyScore, int satisfactionScore, string? comment, CommandContext context);
}
