using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Activities;

public sealed class SqlActivityReadModel(ISqlConnectionFactory connections) : IActivityReadModel
{
    /// <summary>A month of one organization's activities; far above any real calendar, it only bounds a runaway query.</summary>
    private const int MaxInPeriod = 1000;

    private const string Columns =
        "id AS Id, organization_id AS OrganizationId, title AS Title, category AS Category, status AS Status, " +
        "created_utc AS CreatedUtc, updated_utc AS UpdatedUtc, first_start_utc AS FirstStartUtc, " +
        "last_end_utc AS LastEndUtc, ended_utc AS EndedUtc, records_due AS RecordsDue";

    public async Task UpsertAsync(ActivityRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO activities (id, organization_id, title, category, status, created_utc, updated_utc, first_start_utc, last_end_utc, ended_utc, records_due, project_id, base_id)
            VALUES (@Id, @OrganizationId, @Title, @Category, @Status, @CreatedUtc, @UpdatedUtc, @FirstStartUtc, @LastEndUtc, @EndedUtc, @RecordsDue, @ProjectId, @BaseId)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, category = excluded.category, status = excluded.status, updated_utc = excluded.updated_utc,
                first_start_utc = excluded.first_start_utc, last_end_utc = excluded.last_end_utc, ended_utc = excluded.ended_utc,
                records_due = excluded.records_due, project_id = excluded.project_id, base_id = excluded.base_id;
            """,
            new
            {
                row.Id,
                row.OrganizationId,
                row.Title,
                row.Category,
                Status = row.Status.ToString(),
                row.CreatedUtc,
                row.UpdatedUtc,
                row.FirstStartUtc,
                row.LastEndUtc,
                row.EndedUtc,
                row.RecordsDue,
                row.ProjectId,
                row.BaseId,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<Page<ActivityRow>> ListOpenAsync(OpenActivitySearch search, CancellationToken cancellationToken = default)
    {
        var pageSize = Page<ActivityRow>.Clamp(search.PageSize);
        var page = Math.Max(1, search.Page);
        var where = "a.status = 'Published' AND a.first_start_utc > @Now";
        if (!string.IsNullOrEmpty(search.Category))
        {
            where += " AND a.category = @Category";
        }

        if (search.RegionCodes is { } regionCodes)
        {
            where += regionCodes.Count == 0 ? " AND 1 = 0" : " AND " + connections.IsAnyOf("o.region_code", "@Regions");
        }

        if (search.StartsFromUtc is not null)
        {
            where += " AND a.first_start_utc >= @From";
        }

        if (search.StartsBeforeUtc is not null)
        {
            where += " AND a.first_start_utc < @Before";
        }

        var parameters = new
        {
            Now = search.NowUtc,
            search.Category,
            Regions = search.RegionCodes?.ToArray() ?? [],
            From = search.StartsFromUtc,
            Before = search.StartsBeforeUtc,
            Limit = pageSize,
            Offset = (page - 1) * pageSize,
        };
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM activities a JOIN organizations o ON o.id = a.organization_id WHERE {where};", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ActivityRow>(new CommandDefinition(
            $"""
            SELECT a.id AS Id, a.organization_id AS OrganizationId, a.title AS Title, a.category AS Category, a.status AS Status,
                   a.created_utc AS CreatedUtc, a.updated_utc AS UpdatedUtc, a.first_start_utc AS FirstStartUtc,
                   a.last_end_utc AS LastEndUtc, a.ended_utc AS EndedUtc, o.name AS OrganizationName
            FROM activities a JOIN organizations o ON o.id = a.organization_id
            WHERE {where}
            ORDER BY a.first_start_utc, a.id
            LIMIT @Limit OFFSET @Offset;
            """,
            parameters,
            cancellationToken: cancellationToken));
        return new Page<ActivityRow>([.. rows], total, page, pageSize);
    }

    public async Task<Page<ActivityRow>> ListByOrganizationAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Page<ActivityRow>.Clamp(pageSize);
        page = Math.Max(1, page);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM activities WHERE organization_id = @OrganizationId;",
            new { OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ActivityRow>(new CommandDefinition(
            $"""
            SELECT {Columns}
            FROM activities WHERE organization_id = @OrganizationId
            ORDER BY created_utc DESC, id
            LIMIT @Limit OFFSET @Offset;
            """,
            new { OrganizationId = organizationId, Limit = pageSize, Offset = (page - 1) * pageSize },
            cancellationToken: cancellationToken));
        return new Page<ActivityRow>([.. rows], total, page, pageSize);
    }

    public async Task<IReadOnlyList<ActivityRow>> ListOverdueAsync(string organizationId, DateOnly today, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActivityRow>(new CommandDefinition(
            $"""
            SELECT {Columns}
            FROM activities
            WHERE organization_id = @OrganizationId AND status = 'Ended' AND records_due < @Today
            ORDER BY records_due, id
            LIMIT @Limit;
            """,
            new { OrganizationId = organizationId, Today = today, Limit = Page<ActivityRow>.Clamp(limit) },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<Guid>> ListAwaitingRecordsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM activities WHERE status = 'Ended' ORDER BY id;", cancellationToken: cancellationToken));
        return [.. ids.Select(Guid.Parse)];
    }

    public async Task<IReadOnlyList<Guid>> ListPastLastSessionAsync(DateTime nowUtc, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM activities WHERE status IN ('Published', 'InProgress') AND last_end_utc <= @Now ORDER BY last_end_utc, id LIMIT @Limit;",
            new { Now = nowUtc, Limit = limit },
            cancellationToken: cancellationToken));
        return [.. ids.Select(Guid.Parse)];
    }

    public async Task<IReadOnlyList<ActivityRow>> ListStartingAsync(string organizationId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActivityRow>(new CommandDefinition(
            $"""
            SELECT {Columns}
            FROM activities
            WHERE organization_id = @OrganizationId AND first_start_utc >= @From AND first_start_utc < @To
            ORDER BY first_start_utc, id
            LIMIT @Limit;
            """,
            new { OrganizationId = organizationId, From = fromUtc, To = toUtc, Limit = MaxInPeriod },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
