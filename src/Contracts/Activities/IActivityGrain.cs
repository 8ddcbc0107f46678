using Orleans.Concurrency;
using VolunteerRecords.Grains.Calendar;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Activities;

/// <summary>
/// One volunteer activity of one organization, keyed by a random Guid: its plan and lifecycle. Its roster is
/// <see cref="Roster.IActivityRosterGrain"/>, its attendance and certification <see cref="Attendance.IActivityAttendanceGrain"/>,
/// both under the same key.
/// </summary>
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

    /// <summary>
    /// Records a draft whose sessions have all taken place (typed up from the paper sign-in sheet), within the records
    /// deadline of its last session: it goes straight to ended, ready for certification.
    /// </summary>
    [Alias("RecordHeld")]
    Task<ActivityDetails> RecordHeldAsync(CommandContext context);

    [Alias("Start")]
    Task<ActivityDetails> StartAsync(CommandContext context);

    /// <summary>Ends it; ending before every session was held needs a reason, and takes those sessions off the plan.</summary>
    [Alias("EndWithReason")]
    Task<ActivityDetails> EndAsync(string? reason, CommandContext context);

    /// <summary>Counts the records deadline again on the calendar as it now is (after the city bureau changed it).</summary>
    [Alias("RecountDeadline")]
    Task RecountDeadlineAsync(CalendarSnapshot calendar);

    /// <summary>
    /// After every record is certified and no claim waits: no more attendance can be entered. With nobody certified it
    /// needs the reason no service took place.
    /// </summary>
    [Alias("CloseRecordsWithReason")]
    Task<ActivityDetails> CloseRecordsAsync(string? noServiceReason, CommandContext context);

    /// <summary>
    /// Ends a published or running activity once its last session is over (the platform does, on a schedule); null
    /// when it is not due. The records deadline counts from the end of that session.
    /// </summary>
    [Alias("EndAfterLastSession")]
    Task<ActivityDetails?> EndAfterLastSessionAsync(CommandContext context);

    /// <summary>Cancels at any point before it ends, with a reason.</summary>
    [Alias("Cancel")]
    Task<ActivityDetails> CancelAsync(string reason, CommandContext context);

    /// <returns>null while no activity was created under this key.</returns>
    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetDetails")]
    Task<ActivityDetails?> GetDetailsAsync();

    /// <summary>What the roster and the attendance sheet check a command against, without the roster's count.</summary>
    /// <returns>null while no activity was created under this key.</returns>
    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetTerms")]
    Task<ActivityTerms?> GetTermsAsync();
}
