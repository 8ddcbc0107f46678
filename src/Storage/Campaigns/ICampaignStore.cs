namespace VolunteerRecords.Storage.Campaigns;

public interface ICampaignStore
{
    Task UpsertCampaignAsync(CampaignRow row, CancellationToken cancellationToken = default);

    Task UpsertRoundAsync(CampaignRoundRow row, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CampaignRow>> ListAsync(string? regionPrefix, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CampaignRoundRow>> RoundsAsync(string campaignId, CancellationToken cancellationToken = default);

    /// <summary>Starts a selection run afresh: the previous run's candidates go, progress is zero of <paramref name="batches"/>.</summary>
    Task BeginSelectionAsync(string campaignId, int round, int batches, DateTime startedUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the best <see cref="SelectionQuery.Keep"/> qualifying subjects whose ids lie in [<paramref name="low"/>,
    /// <paramref name="high"/>), and counts the batch done. The overall best are among the best of each batch.
    /// </summary>
    Task SelectBatchAsync(SelectionQuery query, string low, string high, CancellationToken cancellationToken = default);

    /// <summary>Keeps the best <paramref name="keep"/> of the batches' candidates; returns how many remain.</summary>
    Task<int> RankAsync(string campaignId, int round, int keep, CancellationToken cancellationToken = default);

    /// <summary>The candidates, best first: most certified minutes, then best evaluation, then id.</summary>
    Task<IReadOnlyList<CandidateRow>> CandidatesAsync(string campaignId, int round, CancellationToken cancellationToken = default);

    /// <summary>Adds winners; one already there stays as it was.</summary>
    Task AddWinnersAsync(IReadOnlyList<WinnerRow> winners, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WinnerRow>> WinnersAsync(string campaignId, CancellationToken cancellationToken = default);
}
