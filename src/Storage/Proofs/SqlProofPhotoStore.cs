using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Proofs;

public sealed class SqlProofPhotoStore(ISqlConnectionFactory connections) : IProofPhotoStore
{
    private const string Description = """
        id AS Id, organization_id AS OrganizationId, activity_id AS ActivityId, content_type AS ContentType, sha256 AS Sha256,
        uploaded_by_name AS UploadedByName, uploaded_utc AS UploadedUtc
        """;

    public async Task<bool> SaveAsync(ProofPhoto photo, CancellationToken cancellationToken = default)
    {
        using var turn = await connections.WriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO proof_photos (id, organization_id, activity_id, content_type, content, sha256, uploaded_by_name, uploaded_utc)
            VALUES (@Id, @OrganizationId, @ActivityId, @ContentType, @Content, @Sha256, @UploadedByName, @UploadedUtc)
            ON CONFLICT (id) DO NOTHING;
            """,
            photo,
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<ProofPhoto?> DescribeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ProofPhoto>(new CommandDefinition(
            $"SELECT {Description} FROM proof_photos WHERE id = @Id;", new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<ProofPhoto?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ProofPhoto>(new CommandDefinition(
            $"SELECT {Description}, content AS Content FROM proof_photos WHERE id = @Id;", new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<bool> CitedForAsync(string id, string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM service_records WHERE proof_photo_id = @Id AND volunteer_id = @VolunteerId;",
            new { Id = id, VolunteerId = volunteerId },
            cancellationToken: cancellationToken)) > 0;
    }
}
