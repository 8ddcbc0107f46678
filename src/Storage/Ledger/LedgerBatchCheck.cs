namespace VolunteerRecords.Storage.Ledger;

/// <summary>What the ledger holds that concerns one row of a batch; PostgreSQL folds aliases, so a typed row.</summary>
internal sealed class LedgerBatchCheck
{
    public long Idx { get; init; }

    public string? ExistingRecordId { get; init; }

    public long? ExistingSeq { get; init; }

    public int? ExistingMinutes { get; init; }

    public long SessionTaken { get; init; }

    public long Overlaps { get; init; }

    public long Superseded { get; init; }

    public long? LastSeq { get; init; }
}
