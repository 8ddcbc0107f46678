using Dapper;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Matching;

public sealed class SqlMatchingStore(ISqlConnectionFactory connections) : IMatchingStore
{
    private static readonly HashSet<string> Links = ["project_id", "base_id"];

    public async Task UpsertNeedAsync(NeedRow need, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO service_needs (id, organization_id, title, description, recipient, place, region_code, category, volunteers, skills, starts_on, ends_on, status, published_utc)
            VALUES (@Id, @OrganizationId, @Title, @Description, @Recipient, @Place, @RegionCode, @Category, @Volunteers, @Skills, @StartsOn, @EndsOn, @Status, @PublishedUtc)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status;
            """,
            need,
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<NeedRow>> OpenNeedsAsync(NeedSearch search, CancellationToken cancellationToken = default)
    {
        var where = "n.status = 'Open'";
        where += search.Category is null ? "" : " AND n.category = @Category";
        where += search.On is null ? "" : " AND n.starts_on <= @On AND n.ends_on >= @On";
        if (search.RegionCodes is { } regions)
        {
            where += regions.Count == 0 ? " AND 1 = 0" : " AND " + connections.IsAnyOf("n.region_code", "@Regions");
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<NeedRow>(new CommandDefinition(
            $"""
            SELECT n.id AS Id, n.organization_id AS OrganizationId, n.title AS Title, n.description AS Description, n.recipient AS Recipient,
                   n.place AS Place, n.region_code AS RegionCode, n.category AS Category, n.volunteers AS Volunteers, n.skills AS Skills,
                   n.starts_on AS StartsOn, n.ends_on AS EndsOn, n.status AS Status, n.published_utc AS PublishedUtc, o.name AS OrganizationName
            FROM service_needs n LEFT JOIN organizations o ON o.id = n.organization_id
            WHERE {where}
            ORDER BY n.starts_on, n.id
            LIMIT @Limit;
            """,
            new { search.Category, search.On, Regions = search.RegionCodes?.ToArray() ?? [], search.Limit },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task UpsertProjectAsync(ProjectRow project, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO projects (id, organization_id, need_id, name, team_id, status, created_utc)
            VALUES (@Id, @OrganizationId, @NeedId, @Name, @TeamId, @Status, @CreatedUtc)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, team_id = excluded.team_id, status = excluded.status;
            """,
            project,
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ProjectRow>> ProjectsAsync(string? organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ProjectRow>(new CommandDefinition(
            $"""
            SELECT p.id AS Id, p.organization_id AS OrganizationId, p.need_id AS NeedId, p.name AS Name, p.team_id AS TeamId,
                   p.status AS Status, p.created_utc AS CreatedUtc, t.name AS TeamName
            FROM projects p LEFT JOIN teams t ON t.id = p.team_id
            {(organizationId is null ? "" : "WHERE p.organization_id = @OrganizationId")}
            ORDER BY p.created_utc DESC, p.id
            LIMIT 200;
            """,
            new { OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<OpenProjectRow>> OpenProjectsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OpenProjectRow>(new CommandDefinition(
            """
            SELECT p.id AS Id, p.name AS Name, p.organization_id AS OrganizationId, o.name AS OrganizationName,
                   n.category AS Category, n.region_code AS RegionCode, n.skills AS Skills, n.recipient AS Recipient
            FROM projects p
            LEFT JOIN service_needs n ON n.id = p.need_id
            LEFT JOIN organizations o ON o.id = p.organization_id
            WHERE p.status = 'Open'
            ORDER BY p.created_utc DESC, p.id
            LIMIT @Limit;
            """,
            new { Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task UpsertBaseAsync(ServiceBaseRow serviceBase, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO service_bases (id, organization_id, name, address, agreement_from, agreement_to, kinds, created_utc)
            VALUES (@Id, @OrganizationId, @Name, @Address, @AgreementFrom, @AgreementTo, @Kinds, @CreatedUtc)
            ON CONFLICT (id) DO NOTHING;
            """,
            serviceBase,
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ServiceBaseRow>> BasesAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ServiceBaseRow>(new CommandDefinition(
            """
            SELECT id AS Id, organization_id AS OrganizationId, name AS Name, address AS Address, agreement_from AS AgreementFrom,
                   agreement_to AS AgreementTo, kinds AS Kinds, created_utc AS CreatedUtc
            FROM service_bases WHERE organization_id = @OrganizationId ORDER BY name, id;
            """,
            new { OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<ServiceRollup> RollupAsync(string link, string id, CancellationToken cancellationToken = default)
    {
        var column = Column(link);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var hours = await connection.QuerySingleAsync<(long Activities, long Minutes, long Volunteers)>(new CommandDefinition(
            $"""
            SELECT (SELECT COUNT(*) FROM activities a WHERE a.{column} = @Id),
                   COALESCE(SUM(r.minutes), 0),
                   COUNT(DISTINCT r.volunteer_id)
            FROM activities a
            JOIN service_records r ON r.activity_id = a.id
            WHERE a.{column} = @Id AND r.minutes > 0
              AND NOT EXISTS (SELECT 1 FROM service_records later WHERE later.root_id = r.root_id AND later.seq > r.seq);
            """,
            new { Id = id },
            cancellationToken: cancellationToken));
        var scores = await connection.QuerySingleAsync<(double? Duty, double? Satisfaction)>(new CommandDefinition(
            $"SELECT AVG(e.duty_score * 1.0), AVG(e.satisfaction_score * 1.0) FROM evaluations e JOIN activities a ON a.id = e.activity_id WHERE a.{column} = @Id;",
            new { Id = id },
            cancellationToken: cancellationToken));
        return new ServiceRollup((int)hours.Activities, hours.Minutes, (int)hours.Volunteers, scores.Duty, scores.Satisfaction);
    }

    public async Task<IReadOnlyList<ActivityRow>> LinkedActivitiesAsync(string link, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActivityRow>(new CommandDefinition(
            $"""
            SELECT id AS Id, organization_id AS OrganizationId, title AS Title, category AS Category, status AS Status, created_utc AS CreatedUtc,
                   updated_utc AS UpdatedUtc, first_start_utc AS FirstStartUtc, last_end_utc AS LastEndUtc, ended_utc AS EndedUtc
            FROM activities WHERE {Column(link)} = @Id ORDER BY first_start_utc DESC, id;
            """,
            new { Id = id },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>Only the two link columns are ever put into the SQL text.</summary>
    private static string Column(string link) =>
        Links.Contains(link) ? link : throw new ArgumentOutOfRangeException(nameof(link), link, "Not a link column.");
}
