namespace VolunteerRecords.Grains.Volunteers;

/// <summary>
/// A legal guardian's consent for a volunteer under 18 (A7.2). Under 14 the guardian must also consent to the
/// processing of the child's personal information (PIPL Art 31).
/// </summary>
[GenerateSerializer, Immutable, Alias("vr.GuardianConsent")]
public sealed record GuardianConsent(
    [property: Id(0)] string Name,
    [property: Id(1)] string Relation,
    [property: Id(2)] string Phone,
    [property: Id(3)] string IdNumber,
    [property: Id(4)] DateOnly ConsentDate,
    [property: Id(5)] bool ConsentsToDataProcessing);
