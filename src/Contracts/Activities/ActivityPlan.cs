namespace VolunteerRecords.Grains.Activities;

/// <summary>What a draft is completed with before publishing.</summary>
/// <param name="Risks">What volunteers must know about the risks (A9).</param>
/// <param name="Agreement">The service agreement volunteers accept (A16).</param>
/// <param name="MajorEvent">重大活动: needs accident insurance before publishing, as emergency service does (A18.2).</param>
[GenerateSerializer, Immutable, Alias("vr.ActivityPlan")]
public sealed record ActivityPlan(
    [property: Id(0)] IReadOnlyList<ActivitySession> Sessions,
    [property: Id(1)] RecruitmentSettings Recruitment,
    [property: Id(2)] string Risks,
    [property: Id(3)] string Agreement,
    [property: Id(4)] bool MajorEvent);
