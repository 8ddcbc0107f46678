using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Organizations;
using VolunteerRecords.Storage.Supervision;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>What a bureau sees of its region's timeliness, on both profiles: on time by the deadline's day in China.</summary>
public sealed class ComplianceReadModelTests
{
    private static readonly DateOnly Due = new(2026, 11, 13);
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Records_closed_by_the_deadline_day_in_China_are_on_time_and_open_ones_past_it_overdue_A21(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var organizations = new SqlOrganizationReadModel(profile.Connections);
        var activities = new SqlActivityReadModel(profile.Connections);
        await organizations.UpsertAsync(Organization("o1", "海州区阳光志愿服务协会", "210902"), cancellation);
        await organizations.UpsertAsync(Organization("o2", "细河区红星志愿服务队", "210911"), cancellation);
        // Closed at 23:30 on the deadline day (15:30 UTC): on time. Closed at 00:30 the next day (16:30 UTC, still the
        // 13th in UTC): late.
        await activities.UpsertAsync(Activity("a1", "o1", ActivityStatus.RecordsClosed, new DateTime(2026, 11, 13, 15, 30, 0, DateTimeKind.Utc)), cancellation);
        await activities.UpsertAsync(Activity("a2", "o1", ActivityStatus.RecordsClosed, new DateTime(2026, 11, 13, 16, 30, 0, DateTimeKind.Utc)), cancellation);
        await activities.UpsertAsync(Activity("a3", "o1", ActivityStatus.Ended, new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc)), cancellation);
        await activities.UpsertAsync(Activity("a4", "o2", ActivityStatus.Ended, new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc), due: Today.AddDays(3)), cancellation);
        var compliance = new SqlComplianceReadModel(profile.Connections);

        var city = await compliance.ByMonthAsync(null, new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31), Today, cancellation);
        var haizhou = await compliance.ByMonthAsync(["210902"], new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31), Today, cancellation);
        var overdue = await compliance.OverdueAsync(["210902"], Today, 50, cancellation);
        var nowhere = await compliance.OverdueAsync([], Today, 50, cancellation);

        var o1 = Assert.Single(haizhou);
        Assert.Equal(("2026-11", 1, 1, 1, 0), (o1.Month, o1.OnTime, o1.ClosedLate, o1.Overdue, o1.Open));
        Assert.Equal(2, city.Count);
        Assert.Equal(1, city.Single(r => r.OrganizationId == "o2").Open);
        Assert.Equal(("a3", "海州区阳光志愿服务协会"), (Assert.Single(overdue).ActivityId, overdue[0].OrganizationName));
        Assert.Empty(nowhere);
    }

    private static OrganizationRow Organization(string id, string name, string region) => new()
    {
        Id = id,
        Name = name,
        Kind = "VolunteerOrganization",
        RegionCode = region,
        Status = OrganizationStatus.Active,
        CreatedUtc = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc),
        UpdatedUtc = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc),
    };

    private static ActivityRow Activity(string id, string organization, ActivityStatus status, DateTime updatedUtc, DateOnly? due = null) => new()
    {
        Id = id,
        OrganizationId = organization,
        Title = "活动" + id,
        Category = "CommunityService",
        Status = status,
        CreatedUtc = new DateTime(2026, 10, 20, 2, 0, 0, DateTimeKind.Utc),
        UpdatedUtc = updatedUtc,
        FirstStartUtc = new DateTime(2026, 10, 30, 1, 0, 0, DateTimeKind.Utc),
        LastEndUtc = new DateTime(2026, 10, 30, 3, 0, 0, DateTimeKind.Utc),
        EndedUtc = new DateTime(2026, 10, 30, 3, 0, 0, DateTimeKind.Utc),
        RecordsDue = due ?? Due,
    };
}
