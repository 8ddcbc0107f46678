using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Migrations;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The ledger's guarantees in the database itself, on both profiles (A21, A23).</summary>
public sealed class ServiceLedgerStorageTests
{
    private static readonly DateTime Start = new(2026, 11, 1, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Rows_are_appended_once_per_operation_and_once_per_session_and_never_changed(StorageProvider provider)
    {
        await using var profile = await StorageProfile.CreateAsync(provider);
        await new MigrationRunner(profile.Connections, NullLogger<MigrationRunner>.Instance).ApplyAsync(TestContext.Current.CancellationToken);
        var ledger = new SqlServiceLedger(profile.Connections);
        var original = Row("op-1", "session-1", Start, 120);

        var first = await ledger.AppendAsync(original, cancellationToken: TestContext.Current.CancellationToken);
        var retry = await ledger.AppendAsync(original, cancellationToken: TestContext.Current.CancellationToken);
        var secondForSession = await ledger.AppendAsync(Row("op-2", "session-1", Start, 60), cancellationToken: TestContext.Current.CancellationToken);
        var correction = await ledger.AppendAsync(Row("op-3", "session-1", Start, 90, corrects: original.Id, delta: -30), cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(first);
        Assert.Null(retry);
        Assert.Null(secondForSession);
        Assert.True(correction > first);
        Assert.Equal(90, await ledger.TotalMinutesAsync("v1", TestContext.Current.CancellationToken));
        Assert.Equal(90, (await ledger.CurrentAsync(original.Id, TestContext.Current.CancellationToken))!.Minutes);
        Assert.True(await ledger.OverlapsAsync("v1", Start.AddMinutes(30), Start.AddHours(5), null, TimeSpan.FromDays(1), TestContext.Current.CancellationToken));
        Assert.False(await ledger.OverlapsAsync("v1", Start.AddMinutes(30), Start.AddHours(5), original.Id, TimeSpan.FromDays(1), TestContext.Current.CancellationToken));
        var check = await ledger.CheckAsync("op-1", "v1", "session-1", Start.AddHours(1), Start.AddHours(2), null, TimeSpan.FromDays(1), TestContext.Current.CancellationToken);
        Assert.Equal((original.Id, true, true), (check.ExistingRecordId, check.SessionTaken, check.Overlaps));
        var clear = await ledger.CheckAsync("op-9", "v1", "session-9", Start.AddDays(1), Start.AddDays(1).AddHours(1), null, TimeSpan.FromDays(1), TestContext.Current.CancellationToken);
        Assert.Equal((null, false, false), (clear.ExistingRecordId, clear.SessionTaken, clear.Overlaps));
        await using var connection = await profile.Connections.OpenAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE service_records SET minutes = 1000;"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM service_records;"));
    }

    private static ServiceRecord Row(string operation, string session, DateTime start, int minutes, string? corrects = null, int? delta = null)
    {
        var id = Guid.NewGuid().ToString();
        return new ServiceRecord
        {
            Id = id,
            OperationId = operation,
            RootId = corrects ?? id,
            CorrectsId = corrects,
            VolunteerId = "v1",
            OrganizationId = "o1",
            SessionId = session,
            Category = "CommunityService",
            StartUtc = start,
            EndUtc = start.AddMinutes(minutes),
            Minutes = minutes,
            DeltaMinutes = delta ?? minutes,
            Content = "清扫",
            Place = "社区",
            ProofName = "王主任",
            CertifiedById = "r",
            CertifiedByName = "记录员",
            CertifiedUtc = start.AddHours(8),
        };
    }
}
