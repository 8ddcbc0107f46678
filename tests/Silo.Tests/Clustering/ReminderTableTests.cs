using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Silo.Tests.Infrastructure;

namespace VolunteerRecords.Silo.Tests.Clustering;

/// <summary>The PostgreSQL reminder queries, called by Orleans' own ADO.NET reminder table inside a running silo.</summary>
public sealed class ReminderTableTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reminders_are_stored_versioned_found_by_range_and_removed()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = PlatformHost.PostgreSql(database.ConnectionString, FreePort.Next(), FreePort.Next());
        host.StartServer();
        var table = host.Services.GetRequiredService<IReminderTable>();
        var grain = GrainId.Create("vr-test", Guid.NewGuid().ToString("N"));
        var start = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

        var etag = await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "monthly-report", StartAt = start, Period = TimeSpan.FromDays(1) }, Token);
        var updatedEtag = await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "monthly-report", StartAt = start, Period = TimeSpan.FromHours(12) }, Token);
        var row = await table.ReadRow(grain, "monthly-report", Token);
        var hash = grain.GetUniformHashCode();
        var inRange = await table.ReadRows(hash - 1, hash, Token);
        var staleRemove = await table.RemoveRow(grain, "monthly-report", etag!, Token);
        var remove = await table.RemoveRow(grain, "monthly-report", updatedEtag!, Token);

        Assert.NotEqual(etag, updatedEtag);
        Assert.NotNull(row);
        Assert.Equal(TimeSpan.FromHours(12), row.Period);
        Assert.Equal(start, row.StartAt.ToUniversalTime());
        Assert.Contains(inRange.Reminders, r => r.GrainId == grain);
        Assert.False(staleRemove);
        Assert.True(remove);
        Assert.Empty((await table.ReadRows(grain, Token)).Reminders);
    }
}
