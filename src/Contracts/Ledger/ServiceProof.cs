namespace VolunteerRecords.Grains.Ledger;

/// <summary>The service recipient's or organizer's proof of time, content and quality (A21).</summary>
/// <param name="PhotoId">A photo of the sign-in sheet, attached to the activity beforehand.</param>
[GenerateSerializer, Immutable, Alias("vr.ServiceProof")]
public sealed record ServiceProof(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Contact,
    [property: Id(2)] string? Note,
    [property: Id(3)] Guid? PhotoId = null);
