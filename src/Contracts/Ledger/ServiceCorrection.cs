namespace VolunteerRecords.Grains.Ledger;

/// <summary>New times for a certified entry, with the reason (办法 Art13). Zero minutes withdraws the entry's hours.</summary>
[GenerateSerializer, Immutable, Alias("vr.ServiceCorrection")]
public sealed record ServiceCorrection(
    [property: Id(0)] DateTime StartUtc,
    [property: Id(1)] DateTime EndUtc,
    [property: Id(2)] int DeductedMinutes,
    [property: Id(3)] string Reason);
