namespace VolunteerRecords.Grains.Ledger;

/// <param name="RootId">The original entry: corrections point at it.</param>
/// <param name="TotalMinutes">The volunteer's certified total after this row.</param>
[GenerateSerializer, Immutable, Alias("vr.CertifiedService")]
public sealed record CertifiedService(
    [property: Id(0)] Guid RecordId,
    [property: Id(1)] Guid RootId,
    [property: Id(2)] int Minutes,
    [property: Id(3)] long TotalMinutes);
