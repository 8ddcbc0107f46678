namespace VolunteerRecords.Grains.Matching;

/// <summary>A service need (A19.1): what, for whom, where, when, how many volunteers, which skills.</summary>
[GenerateSerializer, Immutable, Alias("vr.PublishNeed")]
public sealed record PublishNeed(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] string Recipient,
    [property: Id(4)] string Place,
    [property: Id(5)] string RegionCode,
    [property: Id(6)] string Category,
    [property: Id(7)] int Volunteers,
    [property: Id(8)] string Skills,
    [property: Id(9)] DateOnly StartsOn,
    [property: Id(10)] DateOnly EndsOn);
