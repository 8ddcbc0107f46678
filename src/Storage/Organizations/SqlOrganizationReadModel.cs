using System.Text;
using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Organizations;

public sealed class SqlOrganizationReadModel(ISqlConnectionFactory connections) : IOrganizationReadModel
{
    public async Task UpsertAsync(OrganizationRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO organizations (id, name, kind, region_code, status, credit_code, created_utc, updated_utc)
            VALUES (@Id, @Name, @Kind, @RegionCode, @Status, @CreditCode, @CreatedUtc, @UpdatedUtc)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, kind = excluded.kind, region_code = excluded.region_code,
                status = excluded.status, credit_code = excluded.credit_code, updated_utc = excluded.updated_utc;
            """,
            new { row.Id, row.Name, row.Kind, row.RegionCode, Status = row.Status.ToString(), row.CreditCode, row.CreatedUtc, row.UpdatedUtc },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> ClaimCreditCodeAsync(string creditCode, string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO organization_credit_codes (credit_code, organization_id) VALUES (@Code, @OrganizationId) ON CONFLICT (credit_code) DO NOTHING;",
            new { Code = creditCode, OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        var holder = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT organization_id FROM organization_credit_codes WHERE credit_code = @Code;",
            new { Code = creditCode },
            cancellationToken: cancellationToken));
        return holder == organizationId;
    }

    public async Task<Page<OrganizationRow>> SearchAsync(OrganizationSearch search, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            where.Append(" AND (o.name LIKE @Text OR o.credit_code = @Code)");
            parameters.Add("Text", "%" + search.Text.Trim() + "%");
            parameters.Add("Code", search.Text.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(search.RegionCode))
        {
            where.Append(" AND o.region_code = @RegionCode");
            parameters.Add("RegionCode", search.RegionCode);
        }

        if (!string.IsNullOrWhiteSpace(search.Kind))
        {
            where.Append(" AND o.kind = @Kind");
            parameters.Add("Kind", search.Kind);
        }

        if (!string.IsNullOrWhiteSpace(search.Status))
        {
            where.Append(" AND o.status = @Status");
            parameters.Add("Status", search.Status);
        }

        if (search.RegionCodes is { } scope)
        {
            var names = new List<string>();
            foreach (var (code, index) in scope.Select((c, i) => (c, i)))
            {
                names.Add("@Scope" + index);
                parameters.Add("Scope" + index, code);
            }

            where.Append(names.Count == 0 ? " AND 1 = 0" : $" AND o.region_code IN ({string.Join(", ", names)})");
        }

        var pageSize = Page<OrganizationRow>.Clamp(search.PageSize);
        var pageNumber = Math.Max(1, search.Page);
        parameters.Add("Limit", pageSize);
        parameters.Add("Offset", (pageNumber - 1) * pageSize);

        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM organizations o {where};", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<OrganizationRow>(new CommandDefinition(
            $"""
            SELECT o.id AS Id, o.name AS Name, o.kind AS Kind, o.region_code AS RegionCode, r.name AS RegionName,
                   o.status AS Status, o.credit_code AS CreditCode, o.created_utc AS CreatedUtc, o.updated_utc AS UpdatedUtc
            FROM organizations o LEFT JOIN regions r ON r.code = o.region_code
            {where}
            ORDER BY o.name, o.id
            LIMIT @Limit OFFSET @Offset;
            """,
            parameters,
            cancellationToken: cancellationToken));
        return new Page<OrganizationRow>([.. rows], total, pageNumber, pageSize);
    }
}
