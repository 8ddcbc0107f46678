using Microsoft.Extensions.Logging.Abstractions;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Migrations;

namespace VolunteerRecords.Silo.Tests.Infrastructure;

/// <summary>A fresh database of either profile, for tests that must hold on both.</summary>
public sealed class StorageProfile : IAsyncDisposable
{
    private readonly PostgresServer.TemporaryDatabase? _postgres;
    private readonly string? _directory;

    private StorageProfile(StorageOptions options, PostgresServer.TemporaryDatabase? postgres, string? directory)
    {
        Options = options;
        Connections = new SqlConnectionFactory(options);
        _postgres = postgres;
        _directory = directory;
    }

    public StorageOptions Options { get; }

    public SqlConnectionFactory Connections { get; }

    public static async Task<StorageProfile> CreateAsync(StorageProvider provider)
    {
        UtcDateTimeHandler.Register();
        if (provider == StorageProvider.PostgreSql)
        {
            var database = await PostgresServer.CreateDatabaseAsync();
            return new StorageProfile(new StorageOptions { Provider = provider, ConnectionString = database.ConnectionString }, database, null);
        }

        var directory = Path.Combine(Path.GetTempPath(), "vr-silo-tests-" + Guid.NewGuid().ToString("N"));
        return new StorageProfile(new StorageOptions { Provider = provider, DataDirectory = directory }, null, directory);
    }

    /// <summary>A fresh database with the platform's migrations applied, as a node finds it after start-up.</summary>
    public static async Task<StorageProfile> MigratedAsync(StorageProvider provider)
    {
        var profile = await CreateAsync(provider);
        await new MigrationRunner(profile.Connections, NullLogger<MigrationRunner>.Instance).ApplyAsync(TestContext.Current.CancellationToken);
        return profile;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
