using Hangfire;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Campaigns;

namespace VolunteerRecords.Jobs.Campaigns;

/// <summary>
/// Ranks a campaign round's candidates from the ledger (A27). Runs in sixteen batches by the subject's id, so the
/// campaign page shows progress and a killed run starts over cleanly: candidates are derived, never a record.
/// </summary>
public sealed class CampaignSelectionJob(IGrainFactory grains, ICampaignStore store, TimeProvider time)
{
    /// <summary>Ids are lower-case Guids: sixteen ranges by their first hexadecimal digit.</summary>
    public static readonly IReadOnlyList<string> Bounds = [.. "0123456789abcdefg".Select(c => c.ToString())];

    public static int Batches => Bounds.Count - 1;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task SelectAsync(Guid campaignId, int round, CancellationToken cancellationToken)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);
        if (await campaign.BeginSelectionAsync(round) is not { } selection)
        {
            return;
        }

        var key = campaignId.ToString();
        await store.BeginSelectionAsync(key, round, Batches, time.GetUtcNow().UtcDateTime, cancellationToken);
        var query = new SelectionQuery
        {
            CampaignId = key,
            Round = round,
            Kind = selection.Kind.ToString(),
            FromUtc = selection.FromUtc,
            ToUtc = selection.ToUtc,
            RegionPrefix = selection.RegionPrefix,
            OrganizationId = selection.OrganizationId?.ToString(),
            MinMinutes = selection.Criteria.MinHours * 60L,
            MinStarLevel = selection.Criteria.MinStarLevel,
            NoUpheldComplaint = selection.Criteria.NoUpheldComplaint,
            MinEvaluation = selection.Criteria.MinEvaluation,
            Keep = selection.Keep,
        };
        for (var batch = 0; batch < Batches; batch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await store.SelectBatchAsync(query, Bounds[batch], Bounds[batch + 1], cancellationToken);
        }

        var candidates = await store.RankAsync(key, round, selection.Keep, cancellationToken);
        await campaign.CompleteSelectionAsync(round, candidates);
    }

    /// <summary>The yearly run: opens the round whose period has just ended and selects it, unless it was already reviewed.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task SelectDueRoundAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);
        var round = await campaign.OpenRoundAsync(ChinaTime.Today(time));
        var details = await campaign.GetAsync();
        if (details?.Rounds.First(r => r.Number == round).Status is RoundStatus.Open or RoundStatus.Selecting)
        {
            await SelectAsync(campaignId, round, cancellationToken);
        }
    }
}
