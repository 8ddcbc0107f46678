namespace VolunteerRecords.Grains.Volunteers;

/// <summary>What a volunteer keeps current themselves (A6.1): contact, residence, skills, intentions.</summary>
[GenerateSerializer, Immutable, Alias("vr.UpdateVolunteerContact")]
public sealed record UpdateVolunteerContact(
    [property: Id(0)] string Phone,
    [property: Id(1)] string ResidenceRegionCode,
    [property: Id(2)] string Skills,
    [property: Id(3)] IReadOnlyList<string> Intentions);
