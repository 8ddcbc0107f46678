using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Certificates;

public sealed class SqlCertificateStore(ISqlConnectionFactory connections) : ICertificateStore
{
    private const string Select = """
        SELECT c.id AS Id, c.number AS Number, c.code_hash AS CodeHash, c.volunteer_id AS VolunteerId, c.purpose AS Purpose,
               c.period_from AS PeriodFrom, c.period_to AS PeriodTo, c.organization_id AS OrganizationId, c.organization_ids AS OrganizationIds, c.total_minutes AS TotalMinutes,
               c.snapshot AS Snapshot, c.issued_by_name AS IssuedByName, c.issued_utc AS IssuedUtc,
               r.reason AS RevokedReason, r.at_utc AS RevokedUtc
        FROM certificates c LEFT JOIN certificate_revocations r ON r.certificate_id = c.id
        """;

    /// <summary>A list of certificates leaves the snapshots (every entry each one lists) in the database.</summary>
    private static readonly string ListSelect = Select.Replace("c.snapshot AS Snapshot", "'' AS Snapshot", StringComparison.Ordinal);

    public async Task<bool> AddAsync(CertificateRow certificate, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO certificates (id, number, code_hash, volunteer_id, purpose, period_from, period_to, organization_id, organization_ids, total_minutes, snapshot, issued_by_name, issued_utc)
            VALUES (@Id, @Number, @CodeHash, @VolunteerId, @Purpose, @PeriodFrom, @PeriodTo, @OrganizationId, @OrganizationIds, @TotalMinutes, @Snapshot, @IssuedByName, @IssuedUtc)
            ON CONFLICT DO NOTHING;
            """,
            certificate,
            cancellationToken: cancellationToken)) == 1;
    }

    public Task<CertificateRow?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        SingleAsync($"{Select} WHERE c.id = @Value;", id, cancellationToken);

    public Task<CertificateRow?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        SingleAsync($"{Select} WHERE c.number = @Value;", number, cancellationToken);

    internal static readonly string ForVolunteerSql =
        $"{ListSelect} WHERE c.volunteer_id = @VolunteerId ORDER BY c.issued_utc DESC, c.id;";

    public async Task<IReadOnlyList<CertificateRow>> ForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CertificateRow>(new CommandDefinition(
            ForVolunteerSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<bool> RevokeAsync(string id, string reason, string byName, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO certificate_revocations (certificate_id, reason, by_name, at_utc) VALUES (@Id, @Reason, @ByName, @AtUtc)
            ON CONFLICT (certificate_id) DO NOTHING;
            """,
            new { Id = id, Reason = reason, ByName = byName, AtUtc = atUtc },
            cancellationToken: cancellationToken)) == 1;
    }

    private async Task<CertificateRow?> SingleAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CertificateRow>(new CommandDefinition(sql, new { Value = value }, cancellationToken: cancellationToken));
    }
}
