using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Sanctions;

public sealed class SqlSanctionStore(ISqlConnectionFactory connections) : ISanctionStore
{
    public async Task AppendAsync(SanctionRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO volunteer_sanctions (operation_id, volunteer_id, kind, reason, organization_id, decided_by_id, decided_by_name, at_utc)
            VALUES (@OperationId, @VolunteerId, @Kind, @Reason, @OrganizationId, @DecidedById, @DecidedByName, @AtUtc)
            ON CONFLICT (operation_id) DO NOTHING;
            """,
            record,
            cancellationToken: cancellationToken));
    }

    internal const string ForVolunteerSql =
        """
            SELECT id AS Id, operation_id AS OperationId, volunteer_id AS VolunteerId, kind AS Kind, reason AS Reason, organization_id AS OrganizationId,
                   decided_by_id AS DecidedById, decided_by_name AS DecidedByName, at_utc AS AtUtc
            FROM volunteer_sanctions WHERE volunteer_id = @VolunteerId ORDER BY id DESC;
            """;

    public async Task<IReadOnlyList<SanctionRecord>> ListForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SanctionRecord>(new CommandDefinition(
            ForVolunteerSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
