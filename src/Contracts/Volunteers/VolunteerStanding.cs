namespace VolunteerRecords.Grains.Volunteers;

/// <summary>What other grains need to know before they let a volunteer act: registered, not revoked, minor or not.</summary>
/// <param name="RegisteredBy">The organization that registered her (on-site or import); null when she registered herself.</param>
[GenerateSerializer, Immutable, Alias("vr.VolunteerStanding")]
public sealed record VolunteerStanding(
    [property: Id(0)] bool IsRegistered,
    [property: Id(1)] VolunteerStatus Status,
    [property: Id(2)] DateOnly? BirthDate,
    [property: Id(3)] bool HasGuardianConsent,
    [property: Id(4)] string? ResidenceRegionCode,
    [property: Id(5)] Guid? RegisteredBy = null);
