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

    public async Task<string?> FindByIdentifierAsync(string lookupHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT volunteer_id FROM volunteer_identifiers WHERE lookup_hash = @Hash;",
            new { Hash = lookupHash },
            cancellationToken: cancellationToken));
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
            INSERT INTO volunteers (id, volunteer_number, display_name, status, registered_utc)
            VALUES (@Id, @VolunteerNumber, @DisplayName, @Status, @RegisteredUtc)
            ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, status = excluded.status;
            """,
            row,
            cancellationToken: cancellationToken));
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM volunteers;", cancellationToken: cancellationToken));
    }
}
