using System.Text;
using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Audit;

public sealed class SqlAuditLog(ISqlConnectionFactory connections) : IAuditLog
{
    private const string Columns = """
        id AS Id, at_utc AS AtUtc, actor_id AS ActorId, actor_name AS ActorName, action AS Action,
        subject_type AS SubjectType, subject_id AS SubjectId, remote_ip AS RemoteIp, detail AS Detail
        """;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (at_utc, actor_id, actor_name, action, subject_type, subject_id, remote_ip, detail, operation_id)
            VALUES (@AtUtc, @ActorId, @ActorName, @Action, @SubjectType, @SubjectId, @RemoteIp, @Detail, @OperationId)
            ON CONFLICT DO NOTHING;
            """,
            new
            {
                entry.AtUtc,
                entry.ActorId,
                entry.ActorName,
                entry.Action,
                entry.SubjectType,
                entry.SubjectId,
                entry.RemoteIp,
                entry.Detail,
                OperationId = entry.OperationId?.ToString(),
            },
            cancellationToken: cancellationToken));
    }

    public async Task<Page<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            where.Append(" AND (actor_name = @Actor OR actor_id = @Actor)");
            parameters.Add("Actor", query.Actor.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            where.Append(" AND action LIKE @Action");
            parameters.Add("Action", query.Action.Trim() + "%");
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectType))
        {
            where.Append(" AND subject_type = @SubjectType");
            parameters.Add("SubjectType", query.SubjectType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectId))
        {
            where.Append(" AND subject_id = @SubjectId");
            parameters.Add("SubjectId", query.SubjectId.Trim());
        }

        if (query.FromUtc is { } from)
        {
            where.Append(" AND at_utc >= @FromUtc");
            parameters.Add("FromUtc", from);
        }

        if (query.ToUtc is { } to)
        {
            where.Append(" AND at_utc < @ToUtc");
            parameters.Add("ToUtc", to);
        }

        if (query.RegionPrefix is { } region)
        {
            where.Append(
                """
                 AND (actor_id IN (SELECT id FROM accounts WHERE region_code LIKE @RegionPrefix)
                      OR (subject_type = 'volunteer' AND subject_id IN (SELECT id FROM volunteers WHERE residence_region LIKE @RegionPrefix))
                      OR (subject_type = 'organization' AND subject_id IN (SELECT id FROM organizations WHERE region_code LIKE @RegionPrefix)))
                """);
            parameters.Add("RegionPrefix", region);
        }

        var pageSize = Page<AuditRecord>.Clamp(query.PageSize);
        var pageNumber = Math.Max(1, query.Page);
        parameters.Add("Limit", pageSize);
        parameters.Add("Offset", (pageNumber - 1) * pageSize);

        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM audit_log {where};", parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<AuditRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM audit_log {where} ORDER BY id DESC LIMIT @Limit OFFSET @Offset;",
            parameters,
            cancellationToken: cancellationToken));
        return new Page<AuditRecord>([.. items], total, pageNumber, pageSize);
    }
}
