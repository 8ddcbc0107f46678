using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Accounts;

public sealed class SqlSessionStore(ISqlConnectionFactory connections) : ISessionStore
{
    public async Task StartAsync(SessionRecord session, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO account_sessions (id, account_id, started_utc, expires_utc, ended_utc, remote_ip, user_agent, confirmed_utc)
            VALUES (@Id, @AccountId, @StartedUtc, @ExpiresUtc, NULL, @RemoteIp, @UserAgent, @StartedUtc);
            """,
            session,
            cancellationToken: cancellationToken));
    }

    public async Task<bool> IsOpenAsync(string sessionId, string accountId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM account_sessions WHERE id = @Id AND account_id = @AccountId AND ended_utc IS NULL AND expires_utc > @Now;",
            new { Id = sessionId, AccountId = accountId, Now = nowUtc },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task EndAsync(string sessionId, string accountId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE account_sessions SET ended_utc = @Now WHERE id = @Id AND account_id = @AccountId AND ended_utc IS NULL;",
            new { Id = sessionId, AccountId = accountId, Now = nowUtc },
            cancellationToken: cancellationToken));
    }

    public async Task ConfirmAsync(string sessionId, string accountId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE account_sessions SET confirmed_utc = @Now WHERE id = @Id AND account_id = @AccountId AND ended_utc IS NULL;",
            new { Id = sessionId, AccountId = accountId, Now = nowUtc },
            cancellationToken: cancellationToken));
    }

    public async Task<DateTime?> ConfirmedAtAsync(string sessionId, string accountId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DateTime?>(new CommandDefinition(
            "SELECT confirmed_utc FROM account_sessions WHERE id = @Id AND account_id = @AccountId AND ended_utc IS NULL AND expires_utc > @Now;",
            new { Id = sessionId, AccountId = accountId, Now = nowUtc },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<SessionRecord>> OpenForAccountAsync(string accountId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SessionRecord>(new CommandDefinition(
            """
            SELECT id AS Id, account_id AS AccountId, started_utc AS StartedUtc, expires_utc AS ExpiresUtc, ended_utc AS EndedUtc,
                   remote_ip AS RemoteIp, user_agent AS UserAgent, confirmed_utc AS ConfirmedUtc
            FROM account_sessions WHERE account_id = @AccountId AND ended_utc IS NULL AND expires_utc > @Now
            ORDER BY started_utc DESC LIMIT 50;
            """,
            new { AccountId = accountId, Now = nowUtc },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
