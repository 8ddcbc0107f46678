namespace VolunteerRecords.Storage.Ledger;

/// <summary>What became of one row handed to <see cref="IServiceLedger.AppendAsync"/>.</summary>
public enum LedgerOutcome
{
    Appended,

    /// <summary>A row with the same operation id is on the ledger already: a retry, nothing appended.</summary>
    Repeated,

    /// <summary>The volunteer's session already has an original entry.</summary>
    SessionTaken,

    /// <summary>The time overlaps another current entry of the volunteer.</summary>
    Overlap,

    /// <summary>A correction of a row that another correction has replaced meanwhile.</summary>
    Superseded,
}
