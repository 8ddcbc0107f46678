namespace VolunteerRecords.Grains.Matching;

/// <summary>A public-interest institution made a service base by agreement with an organization (A19.4).</summary>
[GenerateSerializer, Immutable, Alias("vr.ServiceBaseAgreement")]
public sealed record ServiceBaseAgreement(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Address,
    [property: Id(3)] DateOnly From,
    [property: Id(4)] DateOnly To,
    [property: Id(5)] IReadOnlyList<string> Kinds);
