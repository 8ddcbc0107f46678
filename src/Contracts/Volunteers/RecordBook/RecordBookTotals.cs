namespace VolunteerRecords.Grains.Volunteers.RecordBook;

/// <param name="CertifiedMinutes">The sum of her ledger rows up to <paramref name="LedgerPosition"/>.</param>
/// <param name="LedgerPosition">The last ledger sequence counted: what was derived from her rows is current up to here.</param>
[GenerateSerializer, Immutable, Alias("vr.RecordBookTotals")]
public sealed record RecordBookTotals(
    [property: Id(0)] long CertifiedMinutes,
    [property: Id(1)] long LedgerPosition);
