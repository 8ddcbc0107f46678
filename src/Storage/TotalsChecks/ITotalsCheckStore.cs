namespace VolunteerRecords.Storage.TotalsChecks;

public interface ITotalsCheckStore
{
    Task AppendAsync(TotalsCheckRow row, CancellationToken cancellationToken = default);

    Task<TotalsCheckRow?> LatestAsync(CancellationToken cancellationToken = default);

    /// <summary>The volunteers with ledger rows, in id order after <paramref name="after"/>: one page of the check.</summary>
    Task<IReadOnlyList<string>> VolunteersWithRecordsAsync(string? after, int limit, CancellationToken cancellationToken = default);
}
