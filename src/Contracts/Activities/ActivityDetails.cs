namespace VolunteerRecords.Grains.Activities;

/// <param name="RecordsDue">The last day (China time) for certifying records: 10 working days after the end of the last session held (办法 Art11).</param>
/// <param name="RecordsDueProvisional">The deadline counts over a year whose holiday arrangement is not entered yet, and may move.</param>
[GenerateSerializer, Immutable, Alias("vr.ActivityDetails")]
public sealed record ActivityDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid OrganizationId,
    [property: Id(2)] string Title,
    [property: Id(3)] string Category,
    [property: Id(4)] string Description,
    [property: Id(5)] string Place,
    [property: Id(6)] ActivityStatus Status,
    [property: Id(7)] DateTime CreatedUtc,
    [property: Id(8)] IReadOnlyList<ActivitySession>? Sessions = null,
    [property: Id(9)] RecruitmentSettings? Recruitment = null,
    [property: Id(10)] string Risks = "",
    [property: Id(11)] string Agreement = "",
    [property: Id(12)] bool MajorEvent = false,
    [property: Id(13)] InsurancePolicy? Insurance = null,
    [property: Id(14)] int Confirmed = 0,
    [property: Id(15)] DateTime? EndedUtc = null,
    [property: Id(16)] DateOnly? RecordsDue = null,
    [property: Id(17)] string? CancelReason = null,
    [property: Id(18)] bool RecordsDueProvisional = false,
    [property: Id(19)] string? EndReason = null,
    [property: Id(20)] IReadOnlyList<ActivitySession>? CancelledSessions = null,
    [property: Id(21)] string? NoServiceReason = null)
{
    /// <summary>Emergency service and major events need accident insurance before publishing (A18.2).</summary>
    public bool NeedsInsurance => MajorEvent || Category == ServiceCategory.EmergencyRescue;
}
