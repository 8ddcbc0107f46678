namespace VolunteerRecords.Grains.Campaigns;

/// <summary>
/// The background work a campaign needs, handed over by the campaign grain itself so that no caller can change the
/// campaign and then fail to queue its job. Both calls are safe to repeat.
/// </summary>
public interface ICampaignJobs
{
    /// <summary>Queues the ranking of a round's candidates; a second run of it starts over and ends the same.</summary>
    void QueueSelection(Guid campaignId, int round);

    /// <summary>Keeps a yearly campaign's run on the day after its period ends (one recurring job per campaign).</summary>
    void ScheduleYearly(Guid campaignId, DateOnly firstRunDay);
}
