using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Participants;

public sealed class SqlParticipantStore(ISqlConnectionFactory connections) : IParticipantStore
{
    private const string Columns = """
        p.activity_id AS ActivityId, p.volunteer_id AS VolunteerId, p.status AS Status, p.position AS Position,
        p.signed_up_utc AS SignedUpUtc, p.accepted_utc AS AcceptedUtc, p.withdrawn_utc AS WithdrawnUtc, p.notice AS Notice, p.team_id AS TeamId,
        p.added_by_name AS AddedByName
        """;

    public async Task UpsertAsync(ParticipantRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO activity_participants (activity_id, volunteer_id, status, position, signed_up_utc, accepted_utc, withdrawn_utc, notice, team_id, added_by_name)
            VALUES (@ActivityId, @VolunteerId, @Status, @Position, @SignedUpUtc, @AcceptedUtc, @WithdrawnUtc, @Notice, @TeamId, @AddedByName)
            ON CONFLICT (activity_id, volunteer_id) DO UPDATE SET
                status = excluded.status, position = excluded.position, signed_up_utc = excluded.signed_up_utc,
                accepted_utc = excluded.accepted_utc, withdrawn_utc = excluded.withdrawn_utc, notice = excluded.notice, team_id = excluded.team_id,
                added_by_name = excluded.added_by_name;
            """,
            new
            {
                row.ActivityId,
                row.VolunteerId,
                // Stored by name, as the roster's queries and indexes read it.
                Status = row.Status.ToString(),
                row.Position,
                row.SignedUpUtc,
                row.AcceptedUtc,
                row.WithdrawnUtc,
                row.Notice,
                row.TeamId,
                row.AddedByName,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<ParticipantRow?> FindAsync(string activityId, string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ParticipantRow>(new CommandDefinition(
            $"SELECT {Columns} FROM activity_participants p WHERE p.activity_id = @ActivityId AND p.volunteer_id = @VolunteerId;",
            new { ActivityId = activityId, VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
    }

    public async Task<int> CountConfirmedAsync(string activityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM activity_participants WHERE activity_id = @ActivityId AND status = 'Confirmed';",
            new { ActivityId = activityId },
            cancellationToken: cancellationToken));
    }

    public async Task<long> LastPositionAsync(string activityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(position), 0) FROM activity_participants WHERE activity_id = @ActivityId;",
            new { ActivityId = activityId },
            cancellationToken: cancellationToken));
    }

    public async Task<ParticipantRow?> FirstWaitingAsync(string activityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<ParticipantRow>(new CommandDefinition(
            $"SELECT {Columns} FROM activity_participants p WHERE p.activity_id = @ActivityId AND p.status = 'Waitlisted' ORDER BY p.position LIMIT 1;",
            new { ActivityId = activityId },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ParticipantRow>> RosterAsync(string activityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ParticipantRow>(new CommandDefinition(
            $"""
            SELECT {Columns}, v.display_name AS VolunteerName, v.volunteer_number AS VolunteerNumber
            FROM activity_participants p LEFT JOIN volunteers v ON v.id = p.volunteer_id
            WHERE p.activity_id = @ActivityId ORDER BY p.status, p.position;
            """,
            new { ActivityId = activityId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    internal const string ForVolunteerSql =
        $"""
            SELECT {Columns}, a.title AS ActivityTitle, a.first_start_utc AS FirstStartUtc
            FROM activity_participants p LEFT JOIN activities a ON a.id = p.activity_id
            WHERE p.volunteer_id = @VolunteerId ORDER BY p.signed_up_utc DESC;
            """;

    public async Task<IReadOnlyList<ParticipantRow>> ForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ParticipantRow>(new CommandDefinition(
            ForVolunteerSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
