namespace VolunteerRecords.Grains.Matching;

/// <summary>
/// A service project made from a need (A19.2, A19.3): content, schedule, funding, publicity, supervision and evaluation.
/// The undertaking team claims it; the summary is written when it is completed.
/// </summary>
[GenerateSerializer, Immutable, Alias("vr.ProjectPlan")]
public sealed record ProjectPlan(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] Guid? NeedId,
    [property: Id(2)] string Name,
    [property: Id(3)] string Content,
    [property: Id(4)] string Schedule,
    [property: Id(5)] string Funding,
    [property: Id(6)] string Publicity,
    [property: Id(7)] string Supervision);
