using System.Text;
using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Volunteers;

public sealed class SqlVolunteerDirectory(ISqlConnectionFactory connections) : IVolunteerDirectory
{
    public async Task<bool> ClaimIdentifierAsync(string lookupHash, string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO volunteer_identifiers (lookup_hash, volunteer_id) VALUES (@Hash, @VolunteerId) ON CONFLICT (lookup_hash) DO NOTHING;",
            new { Hash = lookupHash, VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        var holder = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT volunteer_id FROM volunteer_identifiers WHERE lookup_hash = @Hash;",
            new { Hash = lookupHash },
            cancellationToken: cancellationToken));
        return holder == volunteerId;
    }

    public async Task ReleaseIdentifierAsync(string lookupHash, string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM volunteer_identifiers WHERE lookup_hash = @Hash AND volunteer_id = @VolunteerId;",
            new { Hash = lookupHash, VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
    }

    public async Task<string?> FindByIdentifierAsync(string lookupHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT volunteer_id FROM volunteer_identifiers WHERE lookup_hash = @Hash;",
            new { Hash = lookupHash },
            cancellationToken: cancellationToken));
    }

    public async Task<IdentifierClaim> ClaimIdentifiersAsync(string documentHash, string phoneHash, string volunteerId, CancellationToken cancellationToken = default)
    {
        if (await FindByIdentifierAsync(documentHash, cancellationToken) is { } holder && holder != volunteerId)
        {
            return IdentifierClaim.DocumentTaken;
        }

        if (await FindByIdentifierAsync(phoneHash, cancellationToken) is { } phoneHolder && phoneHolder != volunteerId)
        {
            return IdentifierClaim.PhoneTaken;
        }

        if (!await ClaimIdentifierAsync(documentHash, volunteerId, cancellationToken))
        {
            return IdentifierClaim.DocumentTaken;
        }

        if (await ClaimIdentifierAsync(phoneHash, volunteerId, cancellationToken))
        {
            return IdentifierClaim.Claimed;
        }

        await ReleaseIdentifierAsync(documentHash, volunteerId, cancellationToken);
        return IdentifierClaim.PhoneTaken;
    }

    public async Task<long> AllocateSerialAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO volunteer_serials (volunteer_id) VALUES (@VolunteerId) ON CONFLICT (volunteer_id) DO NOTHING;",
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT serial FROM volunteer_serials WHERE volunteer_id = @VolunteerId;",
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
    }

    public async Task UpsertAsync(VolunteerRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO volunteers (id, volunteer_number, display_name, status, registered_utc, residence_region, sex, birth_date, channel)
            VALUES (@Id, @VolunteerNumber, @DisplayName, @Status, @RegisteredUtc, @ResidenceRegion, @Sex, @BirthDate, @Channel)
            ON CONFLICT (id) DO UPDATE SET
                display_name = excluded.display_name, status = excluded.status, residence_region = excluded.residence_region,
                sex = excluded.sex, birth_date = excluded.birth_date;
            """,
            row,
            cancellationToken: cancellationToken));
    }

    public async Task SetStarLevelAsync(string volunteerId, int level, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE volunteers SET star_level = @Level WHERE id = @Id AND star_level <> @Level;",
            new { Id = volunteerId, Level = level },
            cancellationToken: cancellationToken));
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM volunteers;", cancellationToken: cancellationToken));
    }

    public async Task<Page<VolunteerRow>> SearchAsync(VolunteerSearch search, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new DynamicParameters();
        await using var connection = await connections.OpenAsync(cancellationToken);
        var text = search.Text?.Trim();
        if (!string.IsNullOrEmpty(text) && IsNumberLike(text))
        {
            // A number is a volunteer number (prefix) or a phone or ID number (through its keyed hash). The hashes are
            // resolved first, so both halves are index look-ups and a number never scans the names.
            var ids = search.IdentifierHashes is { Count: > 0 } hashes
                ? (await connection.QueryAsync<string>(new CommandDefinition(
                    $"SELECT volunteer_id FROM volunteer_identifiers WHERE {connections.IsAnyOf("lookup_hash", "@Hashes")};",
                    new { Hashes = hashes.ToArray() },
                    cancellationToken: cancellationToken))).ToArray()
                : [];
            where.Append(ids.Length == 0
                ? " AND (v.volunteer_number >= @NumberFrom AND v.volunteer_number < @NumberTo)"
                : $" AND ((v.volunteer_number >= @NumberFrom AND v.volunteer_number < @NumberTo) OR {connections.IsAnyOf("v.id", "@Ids")})");
            parameters.Add("NumberFrom", text.ToUpperInvariant());
            parameters.Add("NumberTo", text.ToUpperInvariant() + ":");
            parameters.Add("Ids", ids);
        }
        else if (!string.IsNullOrEmpty(text))
        {
            where.Append(" AND v.display_name LIKE @Name");
            parameters.Add("Name", "%" + text + "%");
        }

        if (search.MemberOf is { } organization)
        {
            where.Append(" AND v.id IN (SELECT volunteer_id FROM memberships WHERE organization_id = @MemberOf AND status = 'Member')");
            parameters.Add("MemberOf", organization);
        }

        if (search.RegionCodes is { } regions)
        {
            where.Append(regions.Count == 0
                ? " AND 1 = 0"
                : $" AND ({connections.IsAnyOf("v.residence_region", "@Regions")} OR v.id IN (SELECT m.volunteer_id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.status = 'Member' AND {connections.IsAnyOf("o.region_code", "@Regions")}))");
            parameters.Add("Regions", regions.ToArray());
        }

        if (!string.IsNullOrWhiteSpace(search.Status))
        {
            where.Append(" AND v.status = @Status");
            parameters.Add("Status", search.Status);
        }

        var pageSize = Page<VolunteerRow>.Clamp(search.PageSize);
        var pageNumber = Math.Max(1, search.Page);
        parameters.Add("Limit", pageSize);
        parameters.Add("Offset", (pageNumber - 1) * pageSize);

        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM volunteers v {where};", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<VolunteerRow>(new CommandDefinition(
            $"""
            SELECT v.id AS Id, v.volunteer_number AS VolunteerNumber, v.display_name AS DisplayName, v.status AS Status,
                   v.registered_utc AS RegisteredUtc, v.residence_region AS ResidenceRegion, v.sex AS Sex, v.birth_date AS BirthDate,
                   v.channel AS Channel, r.name AS ResidenceRegionName
            FROM volunteers v LEFT JOIN regions r ON r.code = v.residence_region
            {where}
            ORDER BY v.volunteer_number
            LIMIT @Limit OFFSET @Offset;
            """,
            parameters,
            cancellationToken: cancellationToken));
        return new Page<VolunteerRow>([.. rows], total, pageNumber, pageSize);
    }

    /// <summary>Digits (and an ID number's final X): ':' sorts right after '9', so [text, text + ':') is the prefix range.</summary>
    private static bool IsNumberLike(string text) => text.Length >= 4 && text.All(c => char.IsAsciiDigit(c) || c is 'X' or 'x');
}
