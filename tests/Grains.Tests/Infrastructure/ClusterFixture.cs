using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Migrations;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

/// <summary>One silo on the real ADO.NET grain storage over a fresh SQLite file with the project's migrations applied.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public ClusterFixture()
    {
        Directory.CreateDirectory(DataDirectory);
        Storage = new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = DataDirectory };
        Connections = new SqlConnectionFactory(Storage);
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "vr-grain-tests-" + Guid.NewGuid().ToString("N"));

    public StorageOptions Storage { get; }

    public SqlConnectionFactory Connections { get; }

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync()
    {
        UtcDateTimeHandler.Register();
        await new MigrationRunner(Connections, NullLogger<MigrationRunner>.Instance).ApplyAsync();
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
        }));
        builder.AddSiloBuilderConfigurator<TestSiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
