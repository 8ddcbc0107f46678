using System.Diagnostics;
using Dapper;
using VolunteerRecords.Storage.Campaigns;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Bench.City;

/// <summary>
/// The background work over the synthetic city: folding the ledger into the monthly roll-ups, a month's statistics
/// next to the bare SUM … GROUP BY over the same month's ledger rows, and a campaign's selection over every volunteer.
/// </summary>
public sealed class CityScenario(SqlConnectionFactory connections)
{
    private const int Runs = 5;

    /// <summary>June 2025 in China time: a month in the middle of the generated two years.</summary>
    private static readonly DateOnly Month = new(2025, 6, 1);

    private static readonly DateTime MonthStartUtc = new(2025, 5, 31, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime MonthEndUtc = new(2025, 6, 30, 16, 0, 0, DateTimeKind.Utc);

    public async Task<(long Rows, TimeSpan Elapsed)> FoldAsync()
    {
        var watch = Stopwatch.StartNew();
        var rows = await new SqlStatisticsStore(connections).CatchUpAsync(200_000);
        return (rows, watch.Elapsed);
    }

    /// <returns>Median milliseconds of the statistics, of the bare query, and the month's ledger rows.</returns>
    public async Task<(double Statistics, double District, double Bare, long Rows, string BarePlan)> MonthlyAsync()
    {
        var statistics = new SqlStatisticsStore(connections);
        var city = await MedianAsync(() => statistics.ComputeAsync(StatisticsScope.Region("2109%"), Month, Month));
        var district = await MedianAsync(() => statistics.ComputeAsync(StatisticsScope.Region("210902%"), Month, Month));
        await using var connection = await connections.OpenAsync();
        var parameters = new { From = MonthStartUtc, To = MonthEndUtc };
        const string Bare = "SELECT organization_id, SUM(delta_minutes) FROM service_records WHERE start_utc >= @From AND start_utc < @To GROUP BY organization_id";
        var bare = await MedianAsync(() => connection.QueryAsync(Bare, parameters));
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM service_records WHERE start_utc >= @From AND start_utc < @To;", parameters);
        var plan = string.Join(" | ", (await connection.QueryAsync<string>("EXPLAIN " + Bare, parameters)).Select(line => line.Trim()).Where(line => !line.StartsWith("Output", StringComparison.Ordinal)).Take(4));
        return (city, district, bare, rows, plan);
    }

    /// <summary>A city-wide campaign for 2025 as the selection job runs it: sixteen batches, then the ranking.</summary>
    public async Task<(double Seconds, int Candidates, double EvaluatedSeconds)> CampaignAsync()
    {
        var store = new SqlCampaignStore(connections);
        var plain = await SelectAsync(store, new SelectionQuery
        {
            CampaignId = "bench-" + Guid.NewGuid().ToString("N")[..8],
            Round = 1,
            Kind = "Volunteers",
            FromUtc = new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc),
            ToUtc = new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc),
            RegionPrefix = "2109%",
            MinMinutes = 20 * 60,
            NoUpheldComplaint = true,
            Keep = 30,
        });
        var strict = await SelectAsync(store, new SelectionQuery
        {
            CampaignId = "bench-" + Guid.NewGuid().ToString("N")[..8],
            Round = 1,
            Kind = "Volunteers",
            FromUtc = new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc),
            ToUtc = new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc),
            RegionPrefix = "2109%",
            MinMinutes = 10 * 60,
            MinStarLevel = 1,
            MinEvaluation = 4,
            NoUpheldComplaint = true,
            Keep = 30,
        });
        return (plain.Seconds, plain.Candidates, strict.Seconds);
    }

    private static async Task<(double Seconds, int Candidates)> SelectAsync(SqlCampaignStore store, SelectionQuery query)
    {
        const string Bounds = "0123456789abcdefg";
        var watch = Stopwatch.StartNew();
        await store.UpsertRoundAsync(new CampaignRoundRow { CampaignId = query.CampaignId, Round = 1, Status = "Selecting" });
        await store.BeginSelectionAsync(query.CampaignId, 1, Bounds.Length - 1, DateTime.UtcNow);
        for (var batch = 0; batch < Bounds.Length - 1; batch++)
        {
            await store.SelectBatchAsync(query, Bounds[batch].ToString(), Bounds[batch + 1].ToString());
        }

        var candidates = await store.RankAsync(query.CampaignId, 1, query.Keep);
        return (watch.Elapsed.TotalSeconds, candidates);
    }

    private static async Task<double> MedianAsync(Func<Task> run)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(Runs / 2);
    }
}
