using Hangfire;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Jobs.Campaigns;

/// <summary>The campaign grain's jobs on Hangfire: a queued selection, and a yearly campaign's recurring run.</summary>
public sealed class HangfireCampaignJobs(IBackgroundJobClient jobs, IRecurringJobManager recurring) : ICampaignJobs
{
    public static string RecurringId(Guid campaignId) => $"campaign-{campaignId:N}";

    public void QueueSelection(Guid campaignId, int round) =>
        jobs.Enqueue<CampaignSelectionJob>(job => job.SelectAsync(campaignId, round, CancellationToken.None));

    public void ScheduleYearly(Guid campaignId, DateOnly firstRunDay) =>
        recurring.AddOrUpdate<CampaignSelectionJob>(
            RecurringId(campaignId),
            job => job.SelectDueRoundAsync(campaignId, CancellationToken.None),
            Cron.Yearly(firstRunDay.Month, firstRunDay.Day, 2),
            new RecurringJobOptions { TimeZone = ChinaTime.Zone });
}
