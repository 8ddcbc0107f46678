using System.Collections.Concurrent;
using VolunteerRecords.Grains.Campaigns;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

/// <summary>The job queue as the grain tests see it: what was handed over, and a queue that can be made to fail.</summary>
public sealed class RecordingCampaignJobs : ICampaignJobs
{
    public static RecordingCampaignJobs Instance { get; } = new();

    public ConcurrentQueue<(Guid Campaign, int Round)> Selections { get; } = new();

    /// <summary>Campaigns for which handing over fails, as a queue whose database is down would.</summary>
    public ConcurrentDictionary<Guid, bool> Failing { get; } = new();

    public void QueueSelection(Guid campaignId, int round)
    {
        if (Failing.ContainsKey(campaignId))
        {
            throw new InvalidOperationException("The job queue is unreachable.");
        }

        Selections.Enqueue((campaignId, round));
    }

    public void ScheduleYearly(Guid campaignId, DateOnly firstRunDay)
    {
    }
}
