using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Accounts;

public sealed class SqlSignInThrottle(ISqlConnectionFactory connections) : ISignInThrottle
{
    public async Task<DateTime?> BlockedUntilAsync(string accountId, string remoteIp, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT blocked_until_utc FROM sign_in_failures WHERE account_id = @AccountId AND remote_ip = @RemoteIp;",
            new { AccountId = accountId, RemoteIp = remoteIp },
            cancellationToken: cancellationToken));
    }

    public async Task<DateTime?> RecordFailureAsync(
        string accountId, string remoteIp, DateTime nowUtc, int threshold, TimeSpan firstDelay, TimeSpan longestDelay, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var failures = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            """
            INSERT INTO sign_in_failures (account_id, remote_ip, failures, last_utc, blocked_until_utc)
            VALUES (@AccountId, @RemoteIp, 1, @Now, NULL)
            ON CONFLICT (account_id, remote_ip) DO UPDATE SET failures = sign_in_failures.failures + 1, last_utc = excluded.last_utc
            RETURNING failures;
            """,
            new { AccountId = accountId, RemoteIp = remoteIp, Now = nowUtc },
            cancellationToken: cancellationToken));
        if (failures < threshold)
        {
            return null;
        }

        var doublings = Math.Min(failures - threshold, 20);
        var delay = TimeSpan.FromTicks(Math.Min(longestDelay.Ticks, firstDelay.Ticks * (1L << doublings)));
        var until = nowUtc + delay;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sign_in_failures SET blocked_until_utc = @Until WHERE account_id = @AccountId AND remote_ip = @RemoteIp;",
            new { AccountId = accountId, RemoteIp = remoteIp, Until = until },
            cancellationToken: cancellationToken));
        return until;
    }

    public async Task ClearAsync(string accountId, string remoteIp, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM sign_in_failures WHERE account_id = @AccountId AND remote_ip = @RemoteIp;",
            new { AccountId = accountId, RemoteIp = remoteIp },
            cancellationToken: cancellationToken));
    }
}
