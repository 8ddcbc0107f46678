using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Supervision;

public sealed class SqlComplianceReadModel(ISqlConnectionFactory connections) : IComplianceReadModel
{
    public async Task<IReadOnlyList<ComplianceRow>> ByMonthAsync(
        IReadOnlyCollection<string>? regionCodes, DateOnly fromDue, DateOnly toDue, DateOnly today, CancellationToken cancellationToken = default)
    {
        var postgres = connections.Provider == StorageProvider.PostgreSql;
        // Records are on time when closed by the deadline's day in China; the row's last change is its closing.
        var closedOn = postgres ? "(a.updated_utc AT TIME ZONE 'Asia/Shanghai')::date" : "date(a.updated_utc, '+8 hours')";
        var month = postgres ? "to_char(a.records_due, 'YYYY-MM')" : "substr(a.records_due, 1, 7)";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ComplianceRow>(new CommandDefinition(
            $"""
            SELECT a.organization_id AS OrganizationId, o.name AS OrganizationName, {month} AS Month,
                   SUM(CASE WHEN a.status = 'RecordsClosed' AND {closedOn} <= a.records_due THEN 1 ELSE 0 END) AS OnTime,
                   SUM(CASE WHEN a.status = 'RecordsClosed' AND {closedOn} > a.records_due THEN 1 ELSE 0 END) AS ClosedLate,
                   SUM(CASE WHEN a.status = 'Ended' AND a.records_due < @Today THEN 1 ELSE 0 END) AS Overdue,
                   SUM(CASE WHEN a.status = 'Ended' AND a.records_due >= @Today THEN 1 ELSE 0 END) AS Open
            FROM activities a JOIN organizations o ON o.id = a.organization_id
            WHERE a.records_due IS NOT NULL AND a.records_due >= @From AND a.records_due <= @To
              AND a.status IN ('Ended', 'RecordsClosed'){RegionFilter(regionCodes)}
            GROUP BY a.organization_id, o.name, {month}
            ORDER BY {month} DESC, o.name, a.organization_id;
            """,
            new { From = fromDue, To = toDue, Today = today, Regions = regionCodes?.ToArray() },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<OverdueRecordsRow>> OverdueAsync(IReadOnlyCollection<string>? regionCodes, DateOnly today, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OverdueRecordsRow>(new CommandDefinition(
            $"""
            SELECT a.id AS ActivityId, a.title AS Title, a.organization_id AS OrganizationId, o.name AS OrganizationName, a.records_due AS RecordsDue
            FROM activities a JOIN organizations o ON o.id = a.organization_id
            WHERE a.status = 'Ended' AND a.records_due < @Today{RegionFilter(regionCodes)}
            ORDER BY a.records_due, a.id
            LIMIT @Limit;
            """,
            new { Today = today, Limit = Page<OverdueRecordsRow>.Clamp(limit), Regions = regionCodes?.ToArray() },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    private string RegionFilter(IReadOnlyCollection<string>? regionCodes) =>
        regionCodes is null ? "" : " AND " + connections.IsAnyOf("o.region_code", "@Regions");
}
