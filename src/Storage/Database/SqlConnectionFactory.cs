using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace VolunteerRecords.Storage.Database;

public sealed class SqlConnectionFactory : ISqlConnectionFactory
{
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    public SqlConnectionFactory(StorageOptions options)
    {
        Provider = options.Provider;
        ConnectionString = options.Provider switch
        {
            StorageProvider.Sqlite => BuildSqliteConnectionString(options),
            StorageProvider.PostgreSql => string.IsNullOrWhiteSpace(options.ConnectionString)
                ? throw new InvalidOperationException("Storage:ConnectionString is required for the PostgreSql profile.")
                : ForPlatform(options.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown storage provider {options.Provider}."),
        };
        if (options.Provider == StorageProvider.PostgreSql && !string.IsNullOrWhiteSpace(options.MigrationConnectionString))
        {
            _migrationConnectionString = options.MigrationConnectionString;
            RuntimeRole = new NpgsqlConnectionStringBuilder(ConnectionString).Username
                ?? throw new InvalidOperationException("Storage:ConnectionString must name the role the platform runs as (Username=…).");
        }
    }

    private readonly string? _migrationConnectionString;

    public string? RuntimeRole { get; }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => OpenAsync(Create(), cancellationToken);

    public Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken = default) =>
        _migrationConnectionString is null ? OpenAsync(cancellationToken) : OpenAsync(new NpgsqlConnection(_migrationConnectionString), cancellationToken);

    public async Task<IDisposable> WriteTurnAsync(CancellationToken cancellationToken = default)
    {
        if (Provider != StorageProvider.Sqlite)
        {
            return NoTurn.Instance;
        }

        await _sqliteWriter.WaitAsync(cancellationToken);
        return new Turn(_sqliteWriter);
    }

    public DbConnection Open()
    {
        var connection = Create();
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static async Task<DbConnection> OpenAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private DbConnection Create() => Provider == StorageProvider.Sqlite
        ? new SqliteConnection(ConnectionString)
        : new NpgsqlConnection(ConnectionString);

    /// <summary>
    /// The platform runs the same few hundred statements all day: Npgsql prepares the ones used repeatedly on each
    /// pooled connection, so PostgreSQL stops parsing and planning them on every page (a volunteer's page runs a dozen).
    /// And it leaves no session state behind on a connection (no SET, no temporary tables, no LISTEN; the one session
    /// lock, the migrations', is released in a finally), so a connection going back to the pool is not reset: the
    /// reset is seven statements PostgreSQL runs before the next query, once per page and more. A connection string
    /// that sets Max Auto Prepare or No Reset On Close itself keeps its value (Max Auto Prepare=0 turns preparing off,
    /// e.g. behind a pooler that cannot keep prepared statements).
    /// </summary>
    private static string ForPlatform(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToList();
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!keys.Contains("MaxAutoPrepare", StringComparer.OrdinalIgnoreCase))
        {
            tuned.MaxAutoPrepare = AutoPrepared;
            tuned.AutoPrepareMinUsages = 2;
        }

        if (!keys.Contains("NoResetOnClose", StringComparer.OrdinalIgnoreCase))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ToString();
    }

    private const int AutoPrepared = 128;

    private static string BuildSqliteConnectionString(StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.SqliteDatabasePath)!);
        // Writers queue behind SQLite's single write lock; a generous timeout turns contention into waiting, not errors.
        return new SqliteConnectionStringBuilder
        {
            DataSource = options.SqliteDatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
