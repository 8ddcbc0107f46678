namespace VolunteerRecords.Storage.Ledger;

/// <param name="Seq">The appended row's sequence; for a repeat, the existing row's.</param>
/// <param name="PreviousSeq">
/// The volunteer's highest sequence before this row. Rows of one volunteer commit in sequence order (they are
/// appended under the volunteer's lock), so a total that has counted exactly up to it can add this row alone.
/// </param>
public sealed record LedgerAppend(string OperationId, LedgerOutcome Outcome, long? Seq, long? PreviousSeq, string? RecordId, int Minutes);
