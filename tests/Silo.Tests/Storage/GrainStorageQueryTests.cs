using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Migrations;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>
/// The queries Orleans' ADO.NET grain storage runs, called with the parameters it sends. Orleans treats an unchanged
/// or missing version as a conflict, so these answers are what keeps two writers from overwriting each other.
/// </summary>
public sealed class GrainStorageQueryTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task First_write_stores_version_1_and_read_returns_it(StorageProvider provider)
    {
        await using var store = await QueryStore.CreateAsync(provider);

        var written = await store.WriteAsync(version: null, payload: [1, 2, 3]);
        var read = await store.ReadAsync();

        Assert.Equal([1], written);
        Assert.Equal([1, 2, 3], read.Payload);
        Assert.Equal(1, read.Version);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Second_first_write_of_the_same_grain_is_a_conflict_and_leaves_one_row(StorageProvider provider)
    {
        await using var store = await QueryStore.CreateAsync(provider);
        await store.WriteAsync(version: null, payload: [1]);

        var second = await store.WriteAsync(version: null, payload: [2]);

        Assert.Empty(second);
        Assert.Equal(1, await store.CountRowsAsync());
        var (payload, version) = await store.ReadAsync();
        Assert.Equal([1], payload);
        Assert.Equal(1, version);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Concurrent_first_writes_leave_exactly_one_row(StorageProvider provider)
    {
        await using var store = await QueryStore.CreateAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => store.WriteAsync(version: null, payload: [(byte)i])));

        Assert.Single(results, r => r.SequenceEqual([1]));
        Assert.Equal(1, await store.CountRowsAsync());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Write_with_a_stale_version_returns_it_unchanged_and_changes_nothing(StorageProvider provider)
    {
        await using var store = await QueryStore.CreateAsync(provider);
        await store.WriteAsync(version: null, payload: [1]);
        await store.WriteAsync(version: 1, payload: [2]);

        var stale = await store.WriteAsync(version: 1, payload: [3]);

        Assert.Equal([1], stale);
        var (payload, version) = await store.ReadAsync();
        Assert.Equal([2], payload);
        Assert.Equal(2, version);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Clear_empties_the_payload_and_moves_the_version_on(StorageProvider provider)
    {
        await using var store = await QueryStore.CreateAsync(provider);
        await store.WriteAsync(version: null, payload: [1]);

        var cleared = await store.ExecuteAsync("ClearStorageKey", version: 1, payload: null);

        Assert.Equal([2], cleared);
        var (payload, version) = await store.ReadAsync();
        Assert.Null(payload);
        Assert.Equal(2, version);
    }

    private sealed class QueryStore(StorageProfile profile) : IAsyncDisposable
    {
        private readonly long _grainIdN1 = Random.Shared.NextInt64();

        public static async Task<QueryStore> CreateAsync(StorageProvider provider)
        {
            var profile = await StorageProfile.CreateAsync(provider);
            await new MigrationRunner(profile.Connections, NullLogger<MigrationRunner>.Instance).ApplyAsync();
            return new QueryStore(profile);
        }

        public Task<List<int>> WriteAsync(int? version, byte[] payload) => ExecuteAsync("WriteToStorageKey", version, payload);

        public async Task<(byte[]? Payload, int Version)> ReadAsync()
        {
            var rows = await ReadRowsAsync("ReadFromStorageKey", null, null, r => (r.IsDBNull(0) ? null : (byte[])r.GetValue(0), r.GetInt32(1)));
            return Assert.Single(rows);
        }

        public async Task<int> CountRowsAsync()
        {
            await using var connection = await profile.Connections.OpenAsync();
            return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM OrleansStorage WHERE GrainIdN1 = @N1;", new { N1 = _grainIdN1 });
        }

        public async Task<List<int>> ExecuteAsync(string key, int? version, byte[]? payload) =>
            await ReadRowsAsync(key, version, payload, r => r.GetInt32(r.GetOrdinal("NewGrainStateVersion")));

        private async Task<List<T>> ReadRowsAsync<T>(string key, int? version, byte[]? payload, Func<DbDataReader, T> read)
        {
            await using var connection = await profile.Connections.OpenAsync();
            var sql = await connection.ExecuteScalarAsync<string>("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key;", new { key });
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "GrainIdHash", DbType.Int32, 42);
            Add(command, "GrainIdN0", DbType.Int64, 7L);
            Add(command, "GrainIdN1", DbType.Int64, _grainIdN1);
            Add(command, "GrainTypeHash", DbType.Int32, 99);
            Add(command, "GrainTypeString", DbType.String, "test.grain");
            Add(command, "GrainIdExtensionString", DbType.String, null);
            Add(command, "ServiceId", DbType.String, "volunteer-records");
            Add(command, "GrainStateVersion", DbType.Int32, version);
            Add(command, "PayloadBinary", DbType.Binary, payload);
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync())
                {
                    rows.Add(read(reader));
                }
            }
            while (await reader.NextResultAsync());
            return rows;
        }

        private static void Add(DbCommand command, string name, DbType type, object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        public ValueTask DisposeAsync() => profile.DisposeAsync();
    }
}
