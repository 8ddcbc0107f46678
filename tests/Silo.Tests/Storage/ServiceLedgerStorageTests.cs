using System.Data.Common;
using Dapper;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Ledger;

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
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var ledger = new SqlServiceLedger(profile.Connections);
        var original = Row("op-1", "session-1", Start, 120);

        var first = await One(ledger, original);
        var retry = await One(ledger, original);
        var secondForSession = await One(ledger, Row("op-2", "session-1", Start.AddDays(2), 60));
        var correction = await One(ledger, Row("op-3", "session-1", Start, 90, corrects: original.Id, delta: -30));
        var staleCorrection = await One(ledger, Row("op-4", "session-1", Start, 60, corrects: original.Id, delta: -60));

        Assert.Equal((LedgerOutcome.Appended, 0L), (first.Outcome, first.PreviousSeq));
        Assert.Equal((LedgerOutcome.Repeated, first.Seq, original.Id), (retry.Outcome, retry.Seq, retry.RecordId));
        Assert.Equal(LedgerOutcome.SessionTaken, secondForSession.Outcome);
        Assert.Equal((LedgerOutcome.Appended, first.Seq), (correction.Outcome, correction.PreviousSeq));
        Assert.True(correction.Seq > first.Seq);
        Assert.Equal(LedgerOutcome.Superseded, staleCorrection.Outcome);
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

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task A_batch_appends_what_passes_and_refuses_overlaps_within_itself_and_with_the_ledger_A13(StorageProvider provider)
    {
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var ledger = new SqlServiceLedger(profile.Connections);
        var existing = Row("op-0", "s0", Start, 60);
        await One(ledger, existing);

        var answers = await ledger.AppendAsync(
            [
                Row("op-1", "s1", Start.AddMinutes(30), 60),
                Row("op-2", "s2", Start.AddHours(3), 60),
                Row("op-3", "s3", Start.AddHours(3).AddMinutes(30), 60),
                Row("op-4", "s4", Start.AddHours(5), 60, volunteer: "v2"),
                Row("op-5", "s2", Start.AddHours(8), 30),
            ],
            null,
            TimeSpan.FromDays(1),
            TestContext.Current.CancellationToken);

        Assert.Equal(
            [LedgerOutcome.Overlap, LedgerOutcome.Appended, LedgerOutcome.Overlap, LedgerOutcome.Appended, LedgerOutcome.SessionTaken],
            answers.Select(a => a.Outcome));
        Assert.Equal(answers[1].PreviousSeq, (await ledger.FindByOperationAsync("op-0", TestContext.Current.CancellationToken))!.Seq);
        Assert.Equal(0, answers[3].PreviousSeq);
        Assert.Equal(120, await ledger.TotalMinutesAsync("v1", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Batches_racing_for_one_volunteers_time_append_exactly_one_entry_in_sequence_A13(StorageProvider provider)
    {
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var ledger = new SqlServiceLedger(profile.Connections);

        // Rounds of sixteen sheets, each certifying the same volunteer for the same hour under different sessions,
        // plus a volunteer of its own: only the checks under the volunteer's lock keep the hour from counting twice.
        for (var round = 0; round < 5; round++)
        {
            var hour = Start.AddHours(3 * round);
            var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(n => Task.Run(() => ledger.AppendAsync(
                [Row($"op-{round}-{n}", $"s-{round}-{n}", hour, 60), Row($"own-{round}-{n}", $"own-{round}-{n}", hour, 60, volunteer: $"v-{n}")],
                null,
                TimeSpan.FromDays(1),
                TestContext.Current.CancellationToken))));

            Assert.Single(answers, a => a[0].Outcome == LedgerOutcome.Appended);
            Assert.All(answers, a => Assert.Equal(LedgerOutcome.Appended, a[1].Outcome));
        }

        Assert.Equal(300, await ledger.TotalMinutesAsync("v1", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task The_tally_sums_current_entries_by_China_year_organization_and_area_A21(StorageProvider provider)
    {
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var ledger = new SqlServiceLedger(profile.Connections);
        // 17:30 UTC on 31 December is half past one on New Year's morning in China: the 2026 entry counts for 2026.
        var newYearsNight = new DateTime(2025, 12, 31, 17, 30, 0, DateTimeKind.Utc);
        var corrected = Row("t-1", "ts-1", new DateTime(2025, 6, 1, 1, 0, 0, DateTimeKind.Utc), 120);
        await One(ledger, corrected);
        await One(ledger, Row("t-2", "ts-2", newYearsNight, 60));
        await One(ledger, Row("t-3", "ts-3", newYearsNight.AddHours(-2), 30));
        await One(ledger, Row("t-4", "ts-1", corrected.StartUtc, 90, corrects: corrected.Id, delta: -30));
        await One(ledger, Row("t-5", "ts-5", newYearsNight, 45, volunteer: "v2"));

        var tally = await ledger.TallyAsync("v1", TestContext.Current.CancellationToken);

        Assert.Equal(
            [new HoursTally(2025, "o1", "CommunityService", 120), new HoursTally(2026, "o1", "CommunityService", 60)],
            tally.OrderBy(t => t.Year).ToList());
    }

    private static async Task<LedgerAppend> One(SqlServiceLedger ledger, ServiceRecord record) =>
        (await ledger.AppendAsync([record], null, TimeSpan.FromDays(1), TestContext.Current.CancellationToken))[0];

    private static ServiceRecord Row(string operation, string session, DateTime start, int minutes, string? corrects = null, int? delta = null, string volunteer = "v1")
    {
        var id = Guid.NewGuid().ToString();
        return new ServiceRecord
        {
            Id = id,
            OperationId = operation,
            RootId = corrects ?? id,
            CorrectsId = corrects,
            VolunteerId = volunteer,
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
