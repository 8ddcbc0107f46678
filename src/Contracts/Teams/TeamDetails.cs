namespace VolunteerRecords.Grains.Teams;

[GenerateSerializer, Immutable, Alias("vr.TeamDetails")]
public sealed record TeamDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid OrganizationId,
    [property: Id(2)] string Name,
    [property: Id(3)] IReadOnlyList<string> Intentions,
    [property: Id(4)] Guid LeaderId,
    [property: Id(5)] int MemberCount);
