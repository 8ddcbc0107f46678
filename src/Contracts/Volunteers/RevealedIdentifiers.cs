namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Full identifiers, returned only to someone with the unmask permission in scope, and audited.</summary>
[GenerateSerializer, Immutable, Alias("vr.RevealedIdentifiers")]
public sealed record RevealedIdentifiers(
    [property: Id(0)] string DocumentNumber,
    [property: Id(1)] string Phone,
    [property: Id(2)] string? GuardianPhone,
    [property: Id(3)] string? GuardianIdNumber);
