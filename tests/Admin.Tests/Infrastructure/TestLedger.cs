using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Volunteers.RecordBook;

namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>Certified hours put straight through the volunteer's grain, for pages that need a history, not the sheet.</summary>
public static class TestLedger
{
    /// <summary>Whole days of up to 20 hours from <paramref name="firstDay"/>, each its own session.</summary>
    public static async Task CertifyHoursAsync(IServiceProvider services, Guid organization, Guid volunteer, int hours, DateTime firstDay)
    {
        var grain = services.GetRequiredService<IGrainFactory>().GetGrain<IRecordBookGrain>(volunteer);
        var recorder = new Actor("recorder", "记录员", Role.Recorder, null, organization, null);
        for (var day = 0; hours > 0; day++)
        {
            var length = Math.Min(20, hours);
            hours -= length;
            var start = firstDay.AddDays(day);
            await grain.CertifyServiceAsync(
                new ServiceEntry(organization, null, Guid.NewGuid(), start, start.AddHours(length), ServiceCategory.CommunityService,
                    start, start.AddHours(length), 0, "社区服务", "海州区", new ServiceProof("王主任", null, null)),
                new CommandContext(Guid.NewGuid(), recorder, null));
        }
    }

    /// <summary>What the minutely fold job does: the statistics page reads the roll-ups and writes nothing itself.</summary>
    public static Task FoldStatisticsAsync(IServiceProvider services) =>
        services.GetRequiredService<VolunteerRecords.Storage.Statistics.IStatisticsStore>().CatchUpAsync(1000, TestContext.Current.CancellationToken);
}
