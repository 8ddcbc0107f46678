using Dapper;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The daily alerts' queries (办法 Art11, A26), on both profiles.</summary>
public sealed class AlertStoreTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateTime Now = new(2026, 12, 2, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Ended_activities_due_by_the_limit_are_listed_afresh_overdue_ones_marked_and_shown_to_their_volunteers_A21(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        await new CitySeed(connection).OrganizationAsync("o1", "210902");
        var activities = new SqlActivityReadModel(profile.Connections);
        await activities.UpsertAsync(Ended("late", new DateOnly(2026, 11, 30)), cancellation);
        await activities.UpsertAsync(Ended("soon", new DateOnly(2026, 12, 4)), cancellation);
        await activities.UpsertAsync(Ended("later", new DateOnly(2026, 12, 9)), cancellation);
        await activities.UpsertAsync(Ended("closed", new DateOnly(2026, 11, 30), ActivityStatus.RecordsClosed), cancellation);
        await connection.ExecuteAsync(
            "INSERT INTO activity_participants (activity_id, volunteer_id, status, position, signed_up_utc, accepted_utc) VALUES ('soon', 'v1', 'Confirmed', 1, @Now, @Now), ('late', 'v1', 'Withdrawn', 1, @Now, @Now);",
            new { Now });
        var alerts = new SqlAlertStore(profile.Connections);

        await alerts.ListRecordsDueAsync(Today.AddDays(-7), Today, cancellation);
        var listed = await alerts.ListRecordsDueAsync(Today, new DateOnly(2026, 12, 4), cancellation);
        var organization = await alerts.RecordsDueAsync("o1", cancellation);
        await activities.UpsertAsync(Ended("late", new DateOnly(2026, 11, 30), ActivityStatus.RecordsClosed), cancellation);
        var afterClosing = await alerts.RecordsDueAsync("o1", cancellation);
        var volunteer = await alerts.RecordsDueForVolunteerAsync("v1", cancellation);

        Assert.Equal(2, listed);
        Assert.Equal([("late", true), ("soon", false)], organization.Select(a => (a.ActivityId, a.Overdue)));
        Assert.Equal(["soon"], afterClosing.Select(a => a.ActivityId));
        Assert.Equal(["soon"], volunteer.Select(a => a.ActivityId));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Volunteers_touched_by_new_ledger_rows_come_with_their_whole_total_A26(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        var seed = new CitySeed(connection);
        await seed.OrganizationAsync("o1", "210902");
        await seed.VolunteerAsync("v1", star: 1);
        await seed.VolunteerAsync("v2");
        await seed.VolunteerAsync("gone", status: "Revoked");
        await seed.ServiceAsync("v1", "o1", Now.AddDays(-30), 600);
        await seed.ServiceAsync("v2", "o1", Now.AddDays(-30), 60);
        var alerts = new SqlAlertStore(profile.Connections);
        var first = await alerts.CommittedLedgerPositionAsync(cancellation);
        await seed.ServiceAsync("v1", "o1", Now.AddDays(-2), 120);
        await seed.ServiceAsync("gone", "o1", Now.AddDays(-2), 120);
        var upper = await alerts.CommittedLedgerPositionAsync(cancellation);

        var touched = await alerts.TouchedAsync(first, upper, cancellation);
        await alerts.MoveAsync("test", upper, cancellation);
        await alerts.NoteEligibleAsync("v1", 2, Today, cancellation);
        await alerts.NoteEligibleAsync("v1", 2, Today.AddDays(1), cancellation);

        Assert.Equal([("v1", 1, 720L)], touched.Select(t => (t.VolunteerId, t.StarLevel, t.Minutes)));
        Assert.Equal(upper, await alerts.PositionAsync("test", cancellation));
        Assert.Equal(Today, (await alerts.EligibilityAsync("v1", cancellation))!.FoundOn);
        Assert.Equal([("v1", 1)], (await alerts.NotedAsync(cancellation)).Select(n => (n.VolunteerId, n.StarLevel)));
    }

    private static ActivityRow Ended(string id, DateOnly due, ActivityStatus status = ActivityStatus.Ended) => new()
    {
        Id = id,
        OrganizationId = "o1",
        Title = id,
        Category = "CommunityService",
        Status = status,
        CreatedUtc = Now.AddDays(-20),
        UpdatedUtc = Now,
        EndedUtc = Now.AddDays(-15),
        RecordsDue = due,
    };
}
