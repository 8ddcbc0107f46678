using Dapper;
using Npgsql;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Bench.Scenarios;

/// <summary>A fresh database of one profile, with the node settings that point at it; removed afterwards.</summary>
public sealed class StoreUnderTest : IAsyncDisposable
{
    private const string PersonalDataKey = "YmVuY2gtb25seS1wZXJzb25hbC1kYXRhLWtleS0zMmI=";
    private readonly string? _server;
    private readonly string? _database;
    private readonly string? _directory;

    private StoreUnderTest(StorageOptions options, Dictionary<string, string?> settings, string? server, string? database, string? directory)
    {
        Options = options;
        Settings = settings;
        Connections = new SqlConnectionFactory(options);
        _server = server;
        _database = database;
        _directory = directory;
    }

    public StorageOptions Options { get; }

    public Dictionary<string, string?> Settings { get; }

    public SqlConnectionFactory Connections { get; }

    public string Name => Options.Provider.ToString();

    public static StoreUnderTest Sqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "vr-bench-" + Guid.NewGuid().ToString("N"));
        var options = new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = directory };
        return new StoreUnderTest(options, Common(new()
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = directory,
        }), null, null, directory);
    }

    public static async Task<StoreUnderTest> PostgreSqlAsync(string server)
    {
        var database = "vr_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.ExecuteAsync($"CREATE DATABASE {database};");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 100 }.ToString();
        var options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = connectionString };
        return new StoreUnderTest(options, Common(new()
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = connectionString,
            ["PersonalData:Key"] = PersonalDataKey,
        }), server, database, null);
    }

    private static Dictionary<string, string?> Common(Dictionary<string, string?> settings)
    {
        settings["Certificates:PublicOrigin"] = "https://bench.invalid";
        settings["Orleans:SiloPort"] = "21111";
        settings["Orleans:GatewayPort"] = "40000";
        settings["Orleans:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N")[..8];
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE);");
        }

        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
