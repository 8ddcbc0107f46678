using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Participants;

public sealed class SqlCommitmentStore(ISqlConnectionFactory connections) : ICommitmentStore
{
    public async Task<bool> OverlapsAsync(string volunteerId, string exceptActivityId, DateTime startUtc, DateTime endUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            """
            SELECT COUNT(*) FROM volunteer_commitments
            WHERE volunteer_id = @VolunteerId AND activity_id <> @ActivityId AND active = @Active
              AND start_utc < @EndUtc AND end_utc > @StartUtc;
            """,
            new { VolunteerId = volunteerId, ActivityId = exceptActivityId, Active = true, StartUtc = startUtc, EndUtc = endUtc },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task CommitAsync(string volunteerId, string activityId, IReadOnlyList<(string SessionId, DateTime StartUtc, DateTime EndUtc)> sessions, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (sessionId, start, end) in sessions)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO volunteer_commitments (volunteer_id, session_id, activity_id, start_utc, end_utc, active)
                VALUES (@VolunteerId, @SessionId, @ActivityId, @StartUtc, @EndUtc, @Active)
                ON CONFLICT (volunteer_id, session_id) DO UPDATE SET active = excluded.active, start_utc = excluded.start_utc, end_utc = excluded.end_utc;
                """,
                new { VolunteerId = volunteerId, SessionId = sessionId, ActivityId = activityId, StartUtc = start, EndUtc = end, Active = true },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ReleaseAsync(string volunteerId, string activityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE volunteer_commitments SET active = @Inactive WHERE volunteer_id = @VolunteerId AND activity_id = @ActivityId;",
            new { VolunteerId = volunteerId, ActivityId = activityId, Inactive = false },
            cancellationToken: cancellationToken));
    }
}
