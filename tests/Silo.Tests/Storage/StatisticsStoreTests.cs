using Dapper;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The statistics (A21, A28) fold the ledger into monthly roll-ups once, corrections included, on both profiles.</summary>
public sealed class StatisticsStoreTests
{
    private static readonly DateTime March = new(2025, 3, 10, 1, 0, 0, DateTimeKind.Utc);

    /// <summary>Half past midnight on 1 April in China is still 31 March in UTC.</summary>
    private static readonly DateTime FirstOfAprilInChina = new(2025, 3, 31, 16, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Monthly_figures_count_each_row_once_in_its_china_month_with_corrections_moving_minutes_A21(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var store = new SqlStatisticsStore(profile.Connections);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        var seed = new CitySeed(connection);
        await seed.OrganizationAsync("o1", "210902", "阳光协会");
        await seed.OrganizationAsync("o2", "210911", "细河服务队");
        await seed.VolunteerAsync("young", birth: new DateOnly(2000, 5, 1), star: 1, registered: March.AddDays(-1));
        await seed.VolunteerAsync("older", birth: new DateOnly(1960, 5, 1));
        await seed.VolunteerAsync("elsewhere", region: "210911", birth: new DateOnly(1990, 1, 1));

        await seed.ServiceAsync("young", "o1", March, 120);
        var moved = await seed.ServiceAsync("older", "o1", March, 60);
        await seed.ServiceAsync("young", "o1", FirstOfAprilInChina, 30);
        await seed.ServiceAsync("elsewhere", "o2", March, 300);
        await seed.TrainingAsync("young", "o1", 90, new DateOnly(2025, 3, 20));
        var first = await store.CatchUpAsync(batch: 2, cancellation);
        // The correction moves the entry into April with 90 minutes: March loses 60, April gains 90.
        await seed.ServiceAsync("older", "o1", FirstOfAprilInChina, 90, corrects: moved, delta: 30);
        var second = await store.CatchUpAsync(batch: 2, cancellation);
        var third = await store.CatchUpAsync(batch: 2, cancellation);

        var district = await store.ComputeAsync(StatisticsScope.Region("210902%"), new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1), cancellation);
        var april = await store.ComputeAsync(StatisticsScope.Region("210902%"), new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 1), cancellation);
        var city = await store.ComputeAsync(StatisticsScope.Region("2109%"), new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1), cancellation);

        Assert.Equal((4L, 1L, 0L), (first, second, third));
        Assert.Equal((120L, 1L, 2L), (district.CertifiedMinutes, district.ServiceRecords, district.ActiveVolunteers));
        Assert.Equal((new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), (district.PeriodFrom, district.PeriodTo));
        Assert.Equal((2L, 1L), (district.RegisteredTotal, district.RegisteredNew));
        Assert.Equal((90L, 1L), (district.TrainingMinutes, district.TrainedVolunteers));
        Assert.Equal([("0", 1L), ("1", 1L)], district.Stars.Select(s => (s.Key, s.Count)));
        Assert.Equal([0L, 1L, 0L, 1L, 0L], district.AgeBands.Select(b => b.Count));
        Assert.Equal((120L, 2L), (april.CertifiedMinutes, april.ActiveVolunteers));
        Assert.Equal(["o2", "o1"], city.Organizations.Select(o => o.Id));
        Assert.Equal((540L, 3L), (city.CertifiedMinutes, city.ActiveVolunteers));
        Assert.Equal(540L, Assert.Single(city.Categories).Minutes);
        Assert.Equal(540L, await connection.ExecuteScalarAsync<long>("SELECT SUM(delta_minutes) FROM service_records;"));
    }
}
