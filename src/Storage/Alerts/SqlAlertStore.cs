using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Alerts;

public sealed class SqlAlertStore(ISqlConnectionFactory connections) : IAlertStore
{
    private const string AlertColumns =
        "a.organization_id AS OrganizationId, a.activity_id AS ActivityId, a.title AS Title, a.records_due AS RecordsDue, a.overdue AS Overdue";

    private const string MemberColumns =
        "e.volunteer_id AS VolunteerId, v.display_name AS VolunteerName, v.volunteer_number AS VolunteerNumber, e.level AS Level, e.found_on AS FoundOn";

    public async Task<int> ListRecordsDueAsync(DateOnly today, DateOnly dueBy, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM record_alerts;", transaction: transaction, cancellationToken: cancellationToken));
        var listed = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO record_alerts (organization_id, activity_id, title, records_due, overdue, listed_on)
            SELECT organization_id, id, title, records_due, records_due < @Today, @Today
            FROM activities WHERE status = 'Ended' AND records_due IS NOT NULL AND records_due <= @DueBy;
            """,
            new { Today = today, DueBy = dueBy },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return listed;
    }

    public async Task<IReadOnlyList<RecordAlertRow>> RecordsDueAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RecordAlertRow>(new CommandDefinition(
            $"""
            SELECT {AlertColumns} FROM record_alerts a JOIN activities x ON x.id = a.activity_id AND x.status = 'Ended'
            WHERE a.organization_id = @OrganizationId ORDER BY a.records_due, a.title;
            """,
            new { OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    internal const string RecordsDueForVolunteerSql =
        $"""
            SELECT {AlertColumns} FROM record_alerts a
            JOIN activities x ON x.id = a.activity_id AND x.status = 'Ended'
            JOIN activity_participants p ON p.activity_id = a.activity_id AND p.volunteer_id = @VolunteerId AND p.status = 'Confirmed'
            ORDER BY a.records_due, a.title;
            """;

    public async Task<IReadOnlyList<RecordAlertRow>> RecordsDueForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RecordAlertRow>(new CommandDefinition(
            RecordsDueForVolunteerSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public Task<long> CommittedLedgerPositionAsync(CancellationToken cancellationToken = default) => CommittedPosition.LedgerAsync(connections, cancellationToken);

    public async Task<long> PositionAsync(string job, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT position FROM job_watermarks WHERE name = @Job;", new { Job = job }, cancellationToken: cancellationToken)) ?? 0;
    }

    public async Task MoveAsync(string job, long position, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO job_watermarks (name, position) VALUES (@Job, @Position) ON CONFLICT (name) DO UPDATE SET position = excluded.position;",
            new { Job = job, Position = position },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<StarCandidate>> TouchedAsync(long after, long to, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StarCandidate>(new CommandDefinition(
            """
            SELECT t.volunteer_id AS VolunteerId, v.star_level AS StarLevel,
                   (SELECT COALESCE(SUM(r.delta_minutes), 0) FROM service_records r WHERE r.volunteer_id = t.volunteer_id) AS Minutes
            FROM (SELECT DISTINCT volunteer_id FROM service_records WHERE seq > @After AND seq <= @To) t
            JOIN volunteers v ON v.id = t.volunteer_id AND v.status = 'Registered';
            """,
            new { After = after, To = to },
            commandTimeout: 600,
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task NoteEligibleAsync(string volunteerId, int level, DateOnly foundOn, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO star_eligibility (volunteer_id, level, found_on) VALUES (@VolunteerId, @Level, @FoundOn)
            ON CONFLICT (volunteer_id) DO UPDATE SET level = excluded.level, found_on = excluded.found_on WHERE star_eligibility.level <> excluded.level;
            """,
            new { VolunteerId = volunteerId, Level = level, FoundOn = foundOn },
            cancellationToken: cancellationToken));
    }

    public async Task ForgetAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM star_eligibility WHERE volunteer_id = @VolunteerId;", new { VolunteerId = volunteerId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<StarCandidate>> NotedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StarCandidate>(new CommandDefinition(
            "SELECT e.volunteer_id AS VolunteerId, e.level - 1 AS StarLevel FROM star_eligibility e;", cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<EligibleMember>> EligibleMembersAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EligibleMember>(new CommandDefinition(
            $"""
            SELECT {MemberColumns} FROM star_eligibility e
            JOIN memberships m ON m.volunteer_id = e.volunteer_id AND m.organization_id = @OrganizationId AND m.status = 'Member'
                AND (m.share_records = @Shared
                     OR NOT EXISTS (SELECT 1 FROM service_records r WHERE r.volunteer_id = e.volunteer_id AND r.organization_id <> @OrganizationId))
            JOIN volunteers v ON v.id = e.volunteer_id AND v.star_level < e.level
            ORDER BY e.found_on, v.display_name;
            """,
            // Star progress adds up every organization's hours: only members who share their records with it, or whose
            // records are all its own (the rule of RecordVisibility.ShowsTotals).
            new { OrganizationId = organizationId, Shared = true },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    internal const string EligibilitySql =
        $"SELECT {MemberColumns} FROM star_eligibility e JOIN volunteers v ON v.id = e.volunteer_id AND v.star_level < e.level WHERE e.volunteer_id = @VolunteerId;";

    public async Task<EligibleMember?> EligibilityAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<EligibleMember>(new CommandDefinition(
            EligibilitySql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
    }
}
