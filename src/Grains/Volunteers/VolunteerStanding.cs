namespace VolunteerRecords.Grains.Volunteers;

/// <summary>What other grains need to know before they let a volunteer act: registered, not revoked, minor or not.</summary>
[GenerateSerializer, Immutable, Alias("vr.VolunteerStanding")]
public sealed record VolunteerStanding(
    [property: Id(0)] bool IsRegistered,
    [property: Id(1)] VolunteerStatus Status,
    [property: Id(2)] DateOnly? BirthDate,
    [property: Id(3)] bool HasGuardianConsent,
    [property: Id(4)] string? ResidenceRegionCode);
