namespace VolunteerRecords.Grains.Activities;

/// <summary>How volunteers are recruited (A8): open or only the organization's members; standing or for one period.</summary>
/// <param name="SignUpDeadlineUtc">For a one-period recruitment; a standing one recruits until the first session.</param>
[GenerateSerializer, Immutable, Alias("vr.RecruitmentSettings")]
public sealed record RecruitmentSettings(
    [property: Id(0)] bool MembersOnly,
    [property: Id(1)] bool Standing,
    [property: Id(2)] bool GroupsWelcome,
    [property: Id(3)] int Quota,
    [property: Id(4)] DateTime? SignUpDeadlineUtc);
