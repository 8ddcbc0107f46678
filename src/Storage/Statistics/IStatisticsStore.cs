namespace VolunteerRecords.Storage.Statistics;

public interface IStatisticsStore
{
    /// <summary>
    /// Folds ledger rows appended since the stored position into the monthly roll-ups, <paramref name="batch"/> rows per
    /// transaction; safe to run twice at once or to kill, as each batch moves the position with its sums.
    /// </summary>
    /// <returns>The number of ledger rows folded.</returns>
    Task<long> CatchUpAsync(int batch, CancellationToken cancellationToken = default);

    /// <summary>The scope's figures from the first day of <paramref name="fromMonth"/> to the last of <paramref name="toMonth"/>.</summary>
    Task<StatisticsSnapshot> ComputeAsync(StatisticsScope scope, DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken = default);

    /// <summary>Keeps a report; the same id again changes nothing.</summary>
    Task<bool> SaveReportAsync(ReportRow report, CancellationToken cancellationToken = default);

    /// <summary>The scope's reports, newest first: a region's own (<paramref name="regionCodes"/>) or an organization's.</summary>
    Task<IReadOnlyList<ReportRow>> ListReportsAsync(IReadOnlyCollection<string>? regionCodes, string? organizationId, int limit, CancellationToken cancellationToken = default);

    Task<ReportRow?> FindReportAsync(string id, CancellationToken cancellationToken = default);
}
