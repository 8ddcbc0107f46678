namespace VolunteerRecords.Grains.Campaigns;

/// <summary>What the selection job needs to rank a round: the criteria turned into query bounds.</summary>
/// <param name="FromUtc">The period's first day at midnight, China time.</param>
/// <param name="ToUtc">The day after the period's last, at midnight, China time.</param>
/// <param name="RegionPrefix">A LIKE pattern on organizations' region codes; null when one organization is the scope.</param>
/// <param name="Keep">How many ranked candidates the reviewer sees.</param>
[GenerateSerializer, Immutable, Alias("vr.RoundSelection")]
public sealed record RoundSelection(
    [property: Id(0)] int Round,
    [property: Id(1)] CampaignKind Kind,
    [property: Id(2)] DateTime FromUtc,
    [property: Id(3)] DateTime ToUtc,
    [property: Id(4)] string? RegionPrefix,
    [property: Id(5)] Guid? OrganizationId,
    [property: Id(6)] CampaignCriteria Criteria,
    [property: Id(7)] int Keep);
