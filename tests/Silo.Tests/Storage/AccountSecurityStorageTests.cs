using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>Sessions and sign-in throttling behave alike on both profiles (issue 13).</summary>
public sealed class AccountSecurityStorageTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Failures_from_one_address_block_that_address_ever_longer_and_a_success_clears_them(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var throttle = new SqlSignInThrottle(profile.Connections);

        var blocks = new List<DateTime?>();
        for (var i = 0; i < 7; i++)
        {
            blocks.Add(await throttle.RecordFailureAsync("a1", "203.0.113.9", Now, 5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), cancellation));
        }

        var elsewhere = await throttle.BlockedUntilAsync("a1", "198.51.100.7", cancellation);
        await throttle.ClearAsync("a1", "203.0.113.9", cancellation);

        Assert.Equal([null, null, null, null, Now.AddMinutes(1), Now.AddMinutes(2), Now.AddMinutes(4)], blocks);
        Assert.Null(elsewhere);
        Assert.Null(await throttle.BlockedUntilAsync("a1", "203.0.113.9", cancellation));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task A_session_is_open_until_ended_or_past_its_absolute_end(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var sessions = new SqlSessionStore(profile.Connections);
        await sessions.StartAsync(new SessionRecord { Id = "s1", AccountId = "a1", StartedUtc = Now, ExpiresUtc = Now.AddHours(9) }, cancellation);
        await sessions.StartAsync(new SessionRecord { Id = "s2", AccountId = "a1", StartedUtc = Now, ExpiresUtc = Now.AddHours(9) }, cancellation);

        var open = await sessions.IsOpenAsync("s1", "a1", Now.AddHours(1), cancellation);
        var confirmedAtStart = await sessions.ConfirmedAtAsync("s1", "a1", Now.AddHours(1), cancellation);
        await sessions.ConfirmAsync("s1", "a1", Now.AddMinutes(30), cancellation);
        var confirmedAgain = await sessions.ConfirmedAtAsync("s1", "a1", Now.AddHours(1), cancellation);
        var pastEnd = await sessions.IsOpenAsync("s1", "a1", Now.AddHours(10), cancellation);
        var someoneElses = await sessions.IsOpenAsync("s1", "a2", Now.AddHours(1), cancellation);
        await sessions.EndAsync("s2", "a2", Now.AddHours(1), cancellation);
        var notEndedByAnother = await sessions.IsOpenAsync("s2", "a1", Now.AddHours(1), cancellation);
        await sessions.EndAsync("s2", "a1", Now.AddHours(1), cancellation);

        Assert.True(open);
        Assert.Equal(Now, confirmedAtStart);
        Assert.Equal(Now.AddMinutes(30), confirmedAgain);
        Assert.Null(await sessions.ConfirmedAtAsync("s1", "a1", Now.AddHours(10), cancellation));
        Assert.False(pastEnd);
        Assert.False(someoneElses);
        Assert.True(notEndedByAnother);
        Assert.False(await sessions.IsOpenAsync("s2", "a1", Now.AddHours(1), cancellation));
        Assert.Single(await sessions.OpenForAccountAsync("a1", Now.AddHours(1), cancellation));
    }
}
