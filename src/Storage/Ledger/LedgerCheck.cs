namespace VolunteerRecords.Storage.Ledger;

/// <param name="ExistingRecordId">The row already written by this operation (a retry), if any.</param>
/// <param name="SessionTaken">The volunteer already has an original entry for the session.</param>
/// <param name="Overlaps">A current entry of the volunteer overlaps the new time.</param>
public sealed record LedgerCheck(string? ExistingRecordId, bool SessionTaken, bool Overlaps);
