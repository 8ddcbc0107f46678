using Orleans.Concurrency;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Activities;

/// <summary>One volunteer activity of one organization, keyed by a random Guid.</summary>
[Alias("vr.IActivityGrain")]
public interface IActivityGrain : IGrainWithGuidKey
{
    [Alias("CreateDraft")]
    Task<ActivityDetails> CreateDraftAsync(CreateActivityDraft command, CommandContext context);

    /// <summary>Sessions, recruitment (A8), risks (A9), agreement (A16); only while a draft.</summary>
    [Alias("UpdatePlan")]
    Task<ActivityDetails> UpdatePlanAsync(ActivityPlan plan, CommandContext context);

    /// <summary>The accident insurance (A18.2), before or after publishing.</summary>
    [Alias("RecordInsurance")]
    Task<ActivityDetails> RecordInsuranceAsync(InsurancePolicy insurance, CommandContext context);

    /// <summary>Opens recruitment; refused without sessions, a quota or the risks, or without insurance where A18.2 asks for it.</summary>
    [Alias("Publish")]
    Task<ActivityDetails> PublishAsync(CommandContext context);

    [Alias("Start")]
    Task<ActivityDetails> StartAsync(CommandContext context);

    [Alias("End")]
    Task<ActivityDetails> EndAsync(CommandContext context);

    /// <summary>After every record is certified and no claim waits: no more attendance can be entered.</summary>
    [Alias("CloseRecords")]
    Task<ActivityDetails> CloseRecordsAsync(CommandContext context);

    /// <summary>Cancels at any point before it ends, with a reason.</summary>
    [Alias("Cancel")]
    Task<ActivityDetails> CancelAsync(string reason, CommandContext context);

    /// <summary>A volunteer signs up, accepting the risks and the agreement; past the quota onto the waiting list (A8, A9, A16).</summary>
    [Alias("SignUp")]
    Task<SignUpResult> SignUpAsync(Guid volunteerId, bool acceptsRisksAndAgreement, CommandContext context);

    /// <summary>
    /// The team's leader signs the team up as a group (A8), accepting the risks and the agreement for it; each member is
    /// checked as if signing up alone, and the answer says which members got a place and which rule stopped the others.
    /// </summary>
    [Alias("SignUpTeam")]
    Task<IReadOnlyList<TeamSignUpResult>> SignUpTeamAsync(Guid teamId, bool acceptsRisksAndAgreement, CommandContext context);

    /// <summary>A volunteer withdraws with notice (A6.8); the first on the waiting list moves up.</summary>
    [Alias("Withdraw")]
    Task WithdrawAsync(Guid volunteerId, string notice, CommandContext context);

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

    /// <returns>null while no activity was created under this key.</returns>
    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetDetails")]
    Task<ActivityDetails?> GetDetailsAsync();
}
