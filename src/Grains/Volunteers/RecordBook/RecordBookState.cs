namespace VolunteerRecords.Grains.Volunteers.RecordBook;

/// <remarks>
/// Stored as JSON with its type name: keep the name and namespace stable. The total is derived from her ledger rows;
/// a record book whose state was never written (a volunteer from before this grain existed) counts them all again.
/// </remarks>
[GenerateSerializer, Alias("vr.RecordBookState")]
public sealed class RecordBookState
{
    /// <summary>Certified minutes: the sum of the ledger rows up to <see cref="AppliedLedgerSeq"/>.</summary>
    [Id(0)]
    public long CertifiedMinutes { get; set; }

    /// <summary>The highest ledger sequence counted in <see cref="CertifiedMinutes"/>.</summary>
    [Id(1)]
    public long AppliedLedgerSeq { get; set; }
}
