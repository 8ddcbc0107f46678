using Dapper;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The lists compare dates in the database, which PostgreSQL types and SQLite keeps as text.</summary>
public sealed class ActivityReadModelTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>First sessions start a minute apart in this order, so the calendar order is known.</summary>
    private static readonly List<string> Order = ["late", "later", "due-today", "closed", "running", "elsewhere"];

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Overdue_lists_only_ended_activities_past_their_deadline_most_overdue_first_A21(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        await using (var connection = await profile.Connections.OpenAsync(cancellation))
        {
            await connection.ExecuteAsync(
                "INSERT INTO organizations (id, name, kind, region_code, status, created_utc, updated_utc) VALUES ('o1', '协会', 'VolunteerOrganization', '210902', 'Active', @Now, @Now), ('o2', '服务队', 'VolunteerOrganization', '210902', 'Active', @Now, @Now);",
                new { Now });
        }

        var activities = new SqlActivityReadModel(profile.Connections);
        await activities.UpsertAsync(Row("late", "o1", ActivityStatus.Ended, new DateOnly(2026, 12, 1)), cancellation);
        await activities.UpsertAsync(Row("later", "o1", ActivityStatus.Ended, new DateOnly(2026, 11, 25)), cancellation);
        await activities.UpsertAsync(Row("due-today", "o1", ActivityStatus.Ended, new DateOnly(2026, 12, 4)), cancellation);
        await activities.UpsertAsync(Row("closed", "o1", ActivityStatus.RecordsClosed, new DateOnly(2026, 11, 1)), cancellation);
        await activities.UpsertAsync(Row("running", "o1", ActivityStatus.InProgress, null), cancellation);
        await activities.UpsertAsync(Row("elsewhere", "o2", ActivityStatus.Ended, new DateOnly(2026, 11, 1)), cancellation);

        var overdue = await activities.ListOverdueAsync("o1", new DateOnly(2026, 12, 4), 50, cancellation);

        var november = await activities.ListStartingAsync("o1", new DateTime(2026, 10, 31, 16, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc), cancellation);

        Assert.Equal(["later", "late"], overdue.Select(a => a.Id));
        Assert.Equal(new DateOnly(2026, 11, 25), overdue[0].RecordsDue);
        Assert.Equal(["late", "later", "due-today", "closed", "running"], november.Select(a => a.Id));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Open_activities_are_found_by_category_region_and_start_date_A8(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        await using (var connection = await profile.Connections.OpenAsync(cancellation))
        {
            await connection.ExecuteAsync(
                "INSERT INTO organizations (id, name, kind, region_code, status, created_utc, updated_utc) VALUES ('haizhou', '海州协会', 'VolunteerOrganization', '210902', 'Active', @Now, @Now), ('zhangwu', '彰武服务队', 'VolunteerOrganization', '210922', 'Active', @Now, @Now);",
                new { Now });
        }

        var activities = new SqlActivityReadModel(profile.Connections);
        await activities.UpsertAsync(Open("snow", "haizhou", "CommunityService", Now.AddDays(2)), cancellation);
        await activities.UpsertAsync(Open("river", "zhangwu", "EnvironmentalProtection", Now.AddDays(3)), cancellation);
        await activities.UpsertAsync(Open("elders", "zhangwu", "HelpForVulnerableGroups", Now.AddDays(9)), cancellation);
        await activities.UpsertAsync(Open("past", "haizhou", "CommunityService", Now.AddDays(-1)), cancellation);

        async Task<IEnumerable<string>> Find(OpenActivitySearch search) => (await activities.ListOpenAsync(search, cancellation)).Items.Select(a => a.Id);

        Assert.Equal(["snow", "river", "elders"], await Find(new OpenActivitySearch(Now)));
        Assert.Equal(["river"], await Find(new OpenActivitySearch(Now, Category: "EnvironmentalProtection")));
        Assert.Equal(["river", "elders"], await Find(new OpenActivitySearch(Now, RegionCodes: ["210922"])));
        Assert.Equal(["snow", "river"], await Find(new OpenActivitySearch(Now, StartsFromUtc: Now.AddDays(1), StartsBeforeUtc: Now.AddDays(4))));
        Assert.Equal(["elders"], await Find(new OpenActivitySearch(Now, RegionCodes: ["210922"], StartsFromUtc: Now.AddDays(4))));
        Assert.Empty(await Find(new OpenActivitySearch(Now, RegionCodes: [])));
    }

    private static ActivityRow Open(string id, string organization, string category, DateTime firstStartUtc) => new()
    {
        Id = id,
        OrganizationId = organization,
        Title = "活动" + id,
        Category = category,
        Status = ActivityStatus.Published,
        CreatedUtc = Now,
        UpdatedUtc = Now,
        FirstStartUtc = firstStartUtc,
        LastEndUtc = firstStartUtc.AddHours(2),
    };

    private static ActivityRow Row(string id, string organization, ActivityStatus status, DateOnly? due) => new()
    {
        Id = id,
        OrganizationId = organization,
        Title = "活动" + id,
        Category = "CommunityService",
        Status = status,
        CreatedUtc = Now,
        UpdatedUtc = Now,
        FirstStartUtc = Now.AddMinutes(Order.IndexOf(id)),
        EndedUtc = due is null ? null : Now,
        RecordsDue = due,
    };
}
