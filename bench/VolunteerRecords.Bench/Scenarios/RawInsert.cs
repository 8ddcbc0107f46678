using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Bench.Scenarios;

/// <summary>
/// The floor a grain write is compared with: one durable single-row INSERT per operation, each on a pooled
/// connection in its own implicit transaction, as Orleans' ADO.NET storage issues its writes.
/// </summary>
public sealed class RawInsert(ISqlConnectionFactory connections)
{
    private static readonly byte[] Payload = new byte[200];

    public async Task PrepareAsync()
    {
        await using var connection = await connections.OpenAsync();
        await connection.ExecuteAsync(connections.Provider == StorageProvider.Sqlite
            ? "CREATE TABLE IF NOT EXISTS bench_inserts (id INTEGER PRIMARY KEY AUTOINCREMENT, payload BLOB NOT NULL);"
            : "CREATE TABLE IF NOT EXISTS bench_inserts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload bytea NOT NULL);");
    }

    public async Task InsertAsync()
    {
        await using var connection = await connections.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO bench_inserts (payload) VALUES (@Payload);", new { Payload });
    }
}
