namespace VolunteerRecords.Grains.Ledger;

/// <summary>The grain's running total next to the ledger's own sum: the two must always be equal.</summary>
[GenerateSerializer, Immutable, Alias("vr.CertifiedTotals")]
public sealed record CertifiedTotals(
    [property: Id(0)] long GrainMinutes,
    [property: Id(1)] long LedgerMinutes)
{
    public bool Agree => GrainMinutes == LedgerMinutes;
}
