using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Corrections;

public sealed class SqlCorrectionRequestStore(ISqlConnectionFactory connections) : ICorrectionRequestStore
{
    public async Task AddAsync(CorrectionRequest request, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO correction_requests (id, volunteer_id, organization_id, field, message, requested_by_name, requested_utc, resolved_utc)
            VALUES (@Id, @VolunteerId, @OrganizationId, @Field, @Message, @RequestedByName, @RequestedUtc, NULL)
            ON CONFLICT (id) DO NOTHING;
            """,
            request,
            cancellationToken: cancellationToken));
    }

    public async Task<bool> ResolveAsync(string id, string volunteerId, string organizationId, DateTime resolvedUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE correction_requests SET resolved_utc = @ResolvedUtc
            WHERE id = @Id AND volunteer_id = @VolunteerId AND organization_id = @OrganizationId AND resolved_utc IS NULL;
            """,
            new { Id = id, VolunteerId = volunteerId, OrganizationId = organizationId, ResolvedUtc = resolvedUtc },
            cancellationToken: cancellationToken));
        return changed == 1;
    }

    internal const string ForVolunteerSql =
        """
            SELECT c.id AS Id, c.volunteer_id AS VolunteerId, c.organization_id AS OrganizationId, c.field AS Field, c.message AS Message,
                   c.requested_by_name AS RequestedByName, c.requested_utc AS RequestedUtc, c.resolved_utc AS ResolvedUtc, o.name AS OrganizationName
            FROM correction_requests c LEFT JOIN organizations o ON o.id = c.organization_id
            WHERE c.volunteer_id = @VolunteerId ORDER BY c.requested_utc DESC;
            """;

    public async Task<IReadOnlyList<CorrectionRequest>> ListForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CorrectionRequest>(new CommandDefinition(
            ForVolunteerSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
