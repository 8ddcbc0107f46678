namespace VolunteerRecords.Grains.Activities;

/// <summary>The part of an activity its roster and its attendance sheet decide on: whose it is, its stage, its sessions and recruitment.</summary>
[GenerateSerializer, Immutable, Alias("vr.ActivityTerms")]
public sealed record ActivityTerms(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid OrganizationId,
    [property: Id(2)] string Title,
    [property: Id(3)] string Category,
    [property: Id(4)] string Place,
    [property: Id(5)] ActivityStatus Status,
    [property: Id(6)] IReadOnlyList<ActivitySession> Sessions,
    [property: Id(7)] RecruitmentSettings Recruitment)
{
    /// <summary>Attendance is entered while the activity runs and after it ends, until its records are closed (A21).</summary>
    public bool IsCertifiable => Status is ActivityStatus.InProgress or ActivityStatus.Ended;
}
