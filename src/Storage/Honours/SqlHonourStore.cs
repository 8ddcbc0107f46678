using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Honours;

public sealed class SqlHonourStore(ISqlConnectionFactory connections) : IHonourStore
{
    public async Task AddAsync(HonourRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO honours (id, subject_kind, subject_id, organization_id, title, granted_on, granting_body, recorded_by_name, recorded_utc)
            VALUES (@Id, @SubjectKind, @SubjectId, @OrganizationId, @Title, @GrantedOn, @GrantingBody, @RecordedByName, @RecordedUtc)
            ON CONFLICT (id) DO NOTHING;
            """,
            row,
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<HonourRow>> ForOrganizationAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<HonourRow>(new CommandDefinition(
            """
            SELECT id AS Id, subject_kind AS SubjectKind, subject_id AS SubjectId, organization_id AS OrganizationId, title AS Title,
                   granted_on AS GrantedOn, granting_body AS GrantingBody, recorded_by_name AS RecordedByName, recorded_utc AS RecordedUtc
            FROM honours WHERE organization_id = @OrganizationId ORDER BY granted_on DESC, recorded_utc DESC;
            """,
            new { OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
