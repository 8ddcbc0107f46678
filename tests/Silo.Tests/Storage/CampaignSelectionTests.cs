using Microsoft.Extensions.Logging.Abstractions;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Campaigns;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Migrations;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The selection query over the ledger applies every criterion of a campaign (A27), on both profiles.</summary>
public sealed class CampaignSelectionTests
{
    private static readonly DateTime From = new(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime InPeriod = new(2025, 5, 1, 1, 0, 0, DateTimeKind.Utc);

    // Ids start with different hexadecimal digits, so the candidates come from different batches.
    private const string Best = "1a000000-0000-0000-0000-000000000001";
    private const string TiedLowerEvaluation = "2b000000-0000-0000-0000-000000000002";
    private const string Third = "3c000000-0000-0000-0000-000000000003";
    private const string TooFewHours = "4d000000-0000-0000-0000-000000000004";
    private const string Complained = "5e000000-0000-0000-0000-000000000005";
    private const string OutsidePeriod = "6f000000-0000-0000-0000-000000000006";
    private const string OtherDistrict = "7a000000-0000-0000-0000-000000000007";
    private const string Revoked = "8b000000-0000-0000-0000-000000000008";
    private const string CorrectedDown = "9c000000-0000-0000-0000-000000000009";
    private const string ComplaintDismissed = "ad000000-0000-0000-0000-00000000000a";

    private const string O1 = "e1000000-0000-0000-0000-0000000000e1";
    private const string O2 = "f2000000-0000-0000-0000-0000000000f2";

    private static readonly IReadOnlyList<string> Bounds = [.. "0123456789abcdefg".Select(c => c.ToString())];

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Candidates_meet_hours_scope_period_complaint_and_status_rules_ranked_by_hours_then_evaluation_A27(StorageProvider provider)
    {
        await using var profile = await SeededAsync(provider);
        var store = new SqlCampaignStore(profile.Connections);

        var ranked = await SelectAsync(store, Query("c1"));

        Assert.Equal([Best, TiedLowerEvaluation, Third, ComplaintDismissed], ranked.Select(c => c.SubjectId));
        Assert.Equal([3000L, 3000L, 1800L, 1500L], ranked.Select(c => c.Minutes));
        Assert.Equal(5.0, ranked[0].Evaluation);
        Assert.Equal(2, ranked[0].StarLevel);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Star_level_and_evaluation_criteria_narrow_the_list_and_only_the_best_are_kept_A27(StorageProvider provider)
    {
        await using var profile = await SeededAsync(provider);
        var store = new SqlCampaignStore(profile.Connections);

        var starred = await SelectAsync(store, Query("c2") with { MinStarLevel = 1 });
        var evaluated = await SelectAsync(store, Query("c3") with { MinEvaluation = 4.5 });
        var kept = await SelectAsync(store, Query("c4"), keep: 2);
        var anyComplaint = await SelectAsync(store, Query("c5") with { NoUpheldComplaint = false });

        Assert.Equal([Best, TiedLowerEvaluation], starred.Select(c => c.SubjectId));
        Assert.Equal([Best], evaluated.Select(c => c.SubjectId));
        Assert.Equal([Best, TiedLowerEvaluation], kept.Select(c => c.SubjectId));
        Assert.Contains(Complained, anyComplaint.Select(c => c.SubjectId));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Organizations_are_ranked_by_the_hours_they_certified_in_the_scope_A27(StorageProvider provider)
    {
        await using var profile = await SeededAsync(provider);
        var store = new SqlCampaignStore(profile.Connections);

        var city = await SelectAsync(store, Query("c6") with { Kind = "Organizations", RegionPrefix = "2109%", NoUpheldComplaint = false });
        var clean = await SelectAsync(store, Query("c7") with { Kind = "Organizations", RegionPrefix = "2109%" });

        Assert.Equal([O1, O2], city.Select(c => c.SubjectId));
        Assert.Equal([O2], clean.Select(c => c.SubjectId));
    }

    private static SelectionQuery Query(string campaign) => new()
    {
        CampaignId = campaign,
        Round = 1,
        Kind = "Volunteers",
        FromUtc = From,
        ToUtc = To,
        RegionPrefix = "210902%",
        MinMinutes = 20 * 60,
        NoUpheldComplaint = true,
        Keep = 10,
    };

    private static async Task<IReadOnlyList<CandidateRow>> SelectAsync(SqlCampaignStore store, SelectionQuery query, int keep = 10)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await store.UpsertRoundAsync(new CampaignRoundRow { CampaignId = query.CampaignId, Round = 1, Status = "Selecting" }, cancellation);
        await store.BeginSelectionAsync(query.CampaignId, 1, Bounds.Count - 1, DateTime.UtcNow, cancellation);
        for (var batch = 0; batch < Bounds.Count - 1; batch++)
        {
            await store.SelectBatchAsync(query with { Keep = keep }, Bounds[batch], Bounds[batch + 1], cancellation);
        }

        await store.RankAsync(query.CampaignId, 1, keep, cancellation);
        var rounds = await store.RoundsAsync(query.CampaignId, cancellation);
        Assert.Equal(Bounds.Count - 1, Assert.Single(rounds).BatchesDone);
        return await store.CandidatesAsync(query.CampaignId, 1, cancellation);
    }

    private static async Task<StorageProfile> SeededAsync(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var profile = await StorageProfile.CreateAsync(provider);
        await new MigrationRunner(profile.Connections, NullLogger<MigrationRunner>.Instance).ApplyAsync(cancellation);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        var seed = new CitySeed(connection);
        await seed.OrganizationAsync(O1, "210902");
        await seed.OrganizationAsync(O2, "210911");
        await seed.VolunteerAsync(Best, star: 2);
        await seed.VolunteerAsync(TiedLowerEvaluation, star: 1);
        await seed.VolunteerAsync(Third);
        await seed.VolunteerAsync(TooFewHours);
        await seed.VolunteerAsync(Complained);
        await seed.VolunteerAsync(OutsidePeriod);
        await seed.VolunteerAsync(OtherDistrict);
        await seed.VolunteerAsync(Revoked, status: "Revoked");
        await seed.VolunteerAsync(CorrectedDown);
        await seed.VolunteerAsync(ComplaintDismissed);

        await seed.ServiceAsync(Best, O1, InPeriod, 1800);
        await seed.ServiceAsync(Best, O1, InPeriod.AddDays(30), 1200);
        await seed.ServiceAsync(TiedLowerEvaluation, O1, InPeriod, 3000);
        await seed.ServiceAsync(Third, O1, InPeriod, 1800);
        await seed.ServiceAsync(TooFewHours, O1, InPeriod, 600);
        await seed.ServiceAsync(Complained, O1, InPeriod, 2400);
        await seed.ServiceAsync(OutsidePeriod, O1, From.AddDays(-2), 3600);
        await seed.ServiceAsync(OtherDistrict, O2, InPeriod, 2700);
        await seed.ServiceAsync(Revoked, O1, InPeriod, 2100);
        var corrected = await seed.ServiceAsync(CorrectedDown, O1, InPeriod, 1500);
        await seed.ServiceAsync(CorrectedDown, O1, InPeriod, 900, corrects: corrected, delta: -600);
        await seed.ServiceAsync(ComplaintDismissed, O1, InPeriod.AddDays(1), 1500);

        await seed.EvaluationAsync(Best, O1, 5, 5, InPeriod);
        await seed.EvaluationAsync(TiedLowerEvaluation, O1, 4, 4, InPeriod);
        await seed.EvaluationAsync(Third, O1, 5, 5, InPeriod.AddYears(-1));
        await seed.ComplaintAsync(Complained, O1, "Upheld", InPeriod.AddDays(10));
        await seed.ComplaintAsync(ComplaintDismissed, O1, "Dismissed", InPeriod.AddDays(10));
        return profile;
    }
}
