namespace VolunteerRecords.Grains.Campaigns;

[GenerateSerializer, Immutable, Alias("vr.CampaignDetails")]
public sealed record CampaignDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] DefineCampaign Definition,
    [property: Id(2)] IReadOnlyList<RoundSummary> Rounds,
    [property: Id(3)] string CreatedByName,
    [property: Id(4)] DateTime CreatedUtc);
