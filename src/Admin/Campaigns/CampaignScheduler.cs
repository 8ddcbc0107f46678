using Hangfire;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Campaigns;

/// <summary>Queues selections, and keeps a yearly campaign's recurring run on the day after its period ends.</summary>
public sealed class CampaignScheduler(IBackgroundJobClient jobs, IRecurringJobManager recurring)
{
    public static string RecurringId(Guid campaignId) => $"campaign-{campaignId:N}";

    public void Schedule(CampaignDetails campaign)
    {
        if (campaign.Definition.Schedule != CampaignSchedule.Yearly)
        {
            return;
        }

        var day = campaign.Definition.PeriodTo.AddDays(1);
        recurring.AddOrUpdate<CampaignSelectionJob>(
            RecurringId(campaign.Id),
            job => job.SelectDueRoundAsync(campaign.Id, CancellationToken.None),
            Cron.Yearly(day.Month, day.Day, 2),
            new RecurringJobOptions { TimeZone = ChinaTime.Zone });
    }

    public string Select(Guid campaignId, int round) =>
        jobs.Enqueue<CampaignSelectionJob>(job => job.SelectAsync(campaignId, round, CancellationToken.None));
}
