namespace VolunteerRecords.Grains.Teams;

/// <summary>A volunteer service team under an organization (A17): a name, shared service intentions, a leader.</summary>
[GenerateSerializer, Immutable, Alias("vr.CreateTeam")]
public sealed record CreateTeam(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Intentions,
    [property: Id(3)] Guid LeaderId);
