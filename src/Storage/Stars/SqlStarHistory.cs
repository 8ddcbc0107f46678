using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Stars;

public sealed class SqlStarHistory(ISqlConnectionFactory connections) : IStarHistory
{
    public async Task AppendAsync(StarEvent step, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO star_events (id, volunteer_id, kind, level, reason, by_name, at_utc)
            VALUES (@Id, @VolunteerId, @Kind, @Level, @Reason, @ByName, @AtUtc)
            ON CONFLICT (id) DO NOTHING;
            """,
            step,
            cancellationToken: cancellationToken));
    }

    internal const string ForVolunteerSql =
        """
            SELECT id AS Id, volunteer_id AS VolunteerId, kind AS Kind, level AS Level, reason AS Reason, by_name AS ByName, at_utc AS AtUtc
            FROM star_events WHERE volunteer_id = @VolunteerId ORDER BY seq DESC;
            """;

    public async Task<IReadOnlyList<StarEvent>> ForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StarEvent>(new CommandDefinition(
            ForVolunteerSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
