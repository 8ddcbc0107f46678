namespace VolunteerRecords.Grains.Ledger;

/// <summary>The service recipient's or organizer's proof of time, content and quality (A21).</summary>
[GenerateSerializer, Immutable, Alias("vr.ServiceProof")]
public sealed record ServiceProof(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Contact,
    [property: Id(2)] string? Note);
