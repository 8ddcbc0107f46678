using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Teams;

public sealed class SqlTeamStore(ISqlConnectionFactory connections) : ITeamStore
{
    public async Task UpsertAsync(TeamRow team, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO teams (id, organization_id, name, intentions, leader_id, member_count, created_utc)
            VALUES (@Id, @OrganizationId, @Name, @Intentions, @LeaderId, @MemberCount, @CreatedUtc)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, intentions = excluded.intentions, leader_id = excluded.leader_id,
                member_count = excluded.member_count;
            """,
            team,
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<TeamRow>> ForOrganizationAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TeamRow>(new CommandDefinition(
            """
            SELECT t.id AS Id, t.organization_id AS OrganizationId, t.name AS Name, t.intentions AS Intentions, t.leader_id AS LeaderId,
                   t.member_count AS MemberCount, t.created_utc AS CreatedUtc, v.display_name AS LeaderName
            FROM teams t LEFT JOIN volunteers v ON v.id = t.leader_id
            WHERE t.organization_id = @OrganizationId ORDER BY t.name, t.id;
            """,
            new { OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<bool> JoinAsync(string teamId, string volunteerId, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO team_members (id, team_id, volunteer_id, joined_utc) VALUES (@Id, @TeamId, @VolunteerId, @At)
            ON CONFLICT DO NOTHING;
            """,
            new { Id = Guid.NewGuid().ToString(), TeamId = teamId, VolunteerId = volunteerId, At = atUtc },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> LeaveAsync(string teamId, string volunteerId, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE team_members SET left_utc = @At WHERE team_id = @TeamId AND volunteer_id = @VolunteerId AND left_utc IS NULL;",
            new { TeamId = teamId, VolunteerId = volunteerId, At = atUtc },
            cancellationToken: cancellationToken)) == 1;
    }

    public Task<IReadOnlyList<TeamMemberRow>> MembersAsync(string teamId, CancellationToken cancellationToken = default) =>
        MemberRowsAsync(MemberSelect + " WHERE m.team_id = @TeamId AND m.left_utc IS NULL ORDER BY m.joined_utc, m.volunteer_id;", new { TeamId = teamId }, cancellationToken);

    public Task<IReadOnlyList<TeamMemberRow>> TeamsOfAsync(string volunteerId, CancellationToken cancellationToken = default) =>
        MemberRowsAsync(ForVolunteerSql, new { VolunteerId = volunteerId }, cancellationToken);

    public async Task<long> CertifiedMinutesAsync(string teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT COALESCE(SUM(r.minutes), 0)
            FROM activity_participants p
            JOIN service_records r ON r.activity_id = p.activity_id AND r.volunteer_id = p.volunteer_id
            WHERE p.team_id = @TeamId AND r.minutes > 0
              AND NOT EXISTS (SELECT 1 FROM service_records later WHERE later.root_id = r.root_id AND later.seq > r.seq);
            """,
            new { TeamId = teamId },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> ActivitiesAsync(string teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT activity_id FROM activity_participants WHERE team_id = @TeamId;", new { TeamId = teamId }, cancellationToken: cancellationToken));
        return [.. rows];
    }

    private const string MemberSelect = """
        SELECT m.team_id AS TeamId, m.volunteer_id AS VolunteerId, m.joined_utc AS JoinedUtc, v.display_name AS VolunteerName, t.name AS TeamName
        FROM team_members m LEFT JOIN volunteers v ON v.id = m.volunteer_id LEFT JOIN teams t ON t.id = m.team_id
        """;

    internal const string ForVolunteerSql = MemberSelect + " WHERE m.volunteer_id = @VolunteerId AND m.left_utc IS NULL ORDER BY m.joined_utc, m.volunteer_id;";

    private async Task<IReadOnlyList<TeamMemberRow>> MemberRowsAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TeamMemberRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows];
    }
}
