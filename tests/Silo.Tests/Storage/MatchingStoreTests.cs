using Dapper;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Matching;
using VolunteerRecords.Storage.RecordBook;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>Needs are searched and projects rolled up in SQL that differs between the profiles (dates, averages).</summary>
public sealed class MatchingStoreTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Open_needs_are_found_by_date_and_a_projects_activities_roll_up_A19(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var store = new SqlMatchingStore(profile.Connections);
        await using (var connection = await profile.Connections.OpenAsync(cancellation))
        {
            await connection.ExecuteAsync(
                "INSERT INTO organizations (id, name, kind, region_code, status, created_utc, updated_utc) VALUES ('o1', '协会', 'VolunteerOrganization', '210911', 'Active', @Now, @Now);",
                new { Now });
        }

        await store.UpsertNeedAsync(Need("n1", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), cancellation);
        await store.UpsertNeedAsync(Need("n2", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31)), cancellation);
        await new SqlActivityReadModel(profile.Connections).UpsertAsync(new ActivityRow
        {
            Id = "a1",
            OrganizationId = "o1",
            Title = "探访",
            Category = "HelpForVulnerableGroups",
            Status = ActivityStatus.Ended,
            CreatedUtc = Now,
            UpdatedUtc = Now,
            ProjectId = "p1",
        }, cancellation);
        await using (var connection = await profile.Connections.OpenAsync(cancellation))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO service_records (id, operation_id, root_id, volunteer_id, organization_id, activity_id, category, start_utc, end_utc,
                    deducted_minutes, minutes, delta_minutes, content, place, proof_name, certified_by_id, certified_by_name, certified_utc)
                VALUES ('r1', 'r1', 'r1', 'v1', 'o1', 'a1', 'HelpForVulnerableGroups', @Start, @End, 0, 90, 90, '探访', '敬老院', '院长', 'r', 'r', @End);
                """,
                new { Start = Now, End = Now.AddMinutes(90) });
        }

        await new SqlRecordBook(profile.Connections).AddEvaluationAsync(new EvaluationRow
        {
            Id = "e1",
            OperationId = "e1",
            ActivityId = "a1",
            VolunteerId = "v1",
            OrganizationId = "o1",
            DutyScore = 5,
            SatisfactionScore = 4,
            EvaluatedByName = "记录员",
            EvaluatedUtc = Now,
        }, cancellation);

        await store.UpsertProjectAsync(new ProjectRow { Id = "p1", OrganizationId = "o1", NeedId = "n2", Name = "项目", Status = "Open", CreatedUtc = Now }, cancellation);
        var waiting = await store.OpenProjectsAsync(10, cancellation);
        var december = await store.OpenNeedsAsync(new NeedSearch(On: new DateOnly(2026, 12, 15)), cancellation);
        var rollup = await store.RollupAsync("project_id", "p1", cancellation);

        Assert.Equal(["n1"], december.Select(n => n.Id));
        Assert.Equal(("p1", "HelpForVulnerableGroups", "协会"), (Assert.Single(waiting).Id, waiting[0].Category, waiting[0].OrganizationName));
        Assert.Equal(new ServiceRollup(1, 90, 1, 5, 4), rollup);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.RollupAsync("1 = 1; --", "p1", cancellation));
    }

    private static NeedRow Need(string id, DateOnly from, DateOnly to) => new()
    {
        Id = id,
        OrganizationId = "o1",
        Title = "需求" + id,
        Description = "说明",
        Recipient = "社区",
        Place = "活动室",
        RegionCode = "210911",
        Category = "HelpForVulnerableGroups",
        Volunteers = 3,
        Skills = "",
        StartsOn = from,
        EndsOn = to,
        Status = "Open",
        PublishedUtc = Now,
    };
}
