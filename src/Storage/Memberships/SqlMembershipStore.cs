using Dapper;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Memberships;

public sealed class SqlMembershipStore(ISqlConnectionFactory connections) : IMembershipStore
{
    public async Task RecordAsync(MembershipRow current, MembershipEvent step, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO memberships (volunteer_id, organization_id, status, status_since_utc, share_records)
            VALUES (@VolunteerId, @OrganizationId, @Status, @StatusSinceUtc, @ShareRecords)
            ON CONFLICT (volunteer_id, organization_id) DO UPDATE SET
                status = excluded.status, status_since_utc = excluded.status_since_utc, share_records = excluded.share_records;
            """,
            // The status is stored by name, as the lists' queries and indexes read it.
            new { current.VolunteerId, current.OrganizationId, Status = current.Status.ToString(), current.StatusSinceUtc, current.ShareRecords },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO membership_events (operation_id, volunteer_id, organization_id, event, reason, actor_id, actor_name, at_utc)
            VALUES (@OperationId, @VolunteerId, @OrganizationId, @Event, @Reason, @ActorId, @ActorName, @AtUtc)
            ON CONFLICT (operation_id) DO NOTHING;
            """,
            step,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    internal const string ForVolunteerSql =
        """
            SELECT m.volunteer_id AS VolunteerId, m.organization_id AS OrganizationId, m.status AS Status,
                   m.status_since_utc AS StatusSinceUtc, m.share_records AS ShareRecords, o.name AS OrganizationName,
                   o.region_code AS OrganizationRegion
            FROM memberships m LEFT JOIN organizations o ON o.id = m.organization_id
            WHERE m.volunteer_id = @VolunteerId
            ORDER BY m.status_since_utc DESC;
            """;

    public async Task<IReadOnlyList<MembershipRow>> ListForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MembershipRow>(new CommandDefinition(
            ForVolunteerSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<Page<MembershipRow>> ListForOrganizationAsync(string organizationId, MembershipStatus? status, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Page<MembershipRow>.Clamp(pageSize);
        page = Math.Max(1, page);
        var filter = status is null ? "" : " AND m.status = @Status";
        var parameters = new { OrganizationId = organizationId, Status = status?.ToString(), Limit = pageSize, Offset = (page - 1) * pageSize };
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM memberships m WHERE m.organization_id = @OrganizationId{filter};", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<MembershipRow>(new CommandDefinition(
            $"""
            SELECT m.volunteer_id AS VolunteerId, m.organization_id AS OrganizationId, m.status AS Status,
                   m.status_since_utc AS StatusSinceUtc, m.share_records AS ShareRecords,
                   v.display_name AS VolunteerName, v.volunteer_number AS VolunteerNumber
            FROM memberships m LEFT JOIN volunteers v ON v.id = m.volunteer_id
            WHERE m.organization_id = @OrganizationId{filter}
            ORDER BY m.status_since_utc DESC, m.volunteer_id
            LIMIT @Limit OFFSET @Offset;
            """,
            parameters,
            cancellationToken: cancellationToken));
        return new Page<MembershipRow>([.. rows], total, page, pageSize);
    }

    internal const string HistorySql =
        """
            SELECT e.id AS Id, e.operation_id AS OperationId, e.volunteer_id AS VolunteerId, e.organization_id AS OrganizationId, e.event AS Event, e.reason AS Reason,
                   e.actor_id AS ActorId, e.actor_name AS ActorName, e.at_utc AS AtUtc, o.name AS OrganizationName
            FROM membership_events e LEFT JOIN organizations o ON o.id = e.organization_id
            WHERE e.volunteer_id = @VolunteerId
            ORDER BY e.id DESC;
            """;

    public async Task<IReadOnlyList<MembershipEvent>> HistoryAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MembershipEvent>(new CommandDefinition(
            HistorySql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
