using System.Data.Common;
using Dapper;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Grains.Claims;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>A volunteer's claim and its answer are kept as they were, decided once, on both profiles (A13, A21).</summary>
public sealed class ServiceClaimStorageTests
{
    private static readonly DateTime Filed = new(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task A_claim_is_decided_once_and_neither_claim_nor_answer_is_rewritten_A21(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var store = new SqlServiceClaimStore(profile.Connections);
        var claim = new ServiceClaimRow
        {
            Id = "k1",
            Kind = ClaimKind.Hours,
            VolunteerId = "v1",
            OrganizationId = "o1",
            ActivityId = "a1",
            SessionId = "s1",
            StartUtc = Filed.AddHours(-3),
            EndUtc = Filed.AddHours(-1),
            DeductedMinutes = 10,
            ProofName = "李院长",
            FiledByName = "志愿者",
            FiledUtc = Filed,
        };

        var filed = await store.FileAsync(claim, cancellation);
        var refiled = await store.FileAsync(claim, cancellation);
        var pending = await store.FindPendingAsync("v1", "s1", null, cancellation);
        var waitingInActivity = await store.CountPendingForActivityAsync("a1", cancellation);
        var decided = await store.DecideAsync("k1", false, "无签到记录", null, "记录员", Filed.AddDays(1), cancellation);
        var decidedAgain = await store.DecideAsync("k1", true, null, "r1", "记录员", Filed.AddDays(2), cancellation);

        Assert.Equal((true, false, 1, true, false), (filed, refiled, waitingInActivity, decided, decidedAgain));
        Assert.Equal("k1", pending!.Id);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE service_claims SET deducted_minutes = 0 WHERE id = 'k1';"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM service_claims WHERE id = 'k1';"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE service_claim_decisions SET certified = @Yes WHERE claim_id = 'k1';", new { Yes = true }));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM service_claim_decisions WHERE claim_id = 'k1';"));
        var kept = await store.FindAsync("k1", cancellation);
        Assert.Equal((false, "无签到记录", 10), (kept!.Certified, kept.DecisionNote, kept.DeductedMinutes));
        Assert.Null(await store.FindPendingAsync("v1", "s1", null, cancellation));
        Assert.Equal(0, await store.CountPendingForActivityAsync("a1", cancellation));
    }
}
