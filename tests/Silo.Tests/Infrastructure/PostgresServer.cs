using Npgsql;

namespace VolunteerRecords.Silo.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server named by VR_TEST_POSTGRES (.ci/postgres.sh starts one). Without it the PostgreSQL tests
/// skip with the reason on a developer machine; in CI (CI=true) a missing server fails them.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "VR_TEST_POSTGRES";

    public static string RequireConnectionString()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var reason = $"{Variable} is not set; start a server with: export {Variable}=\"$(bash .ci/postgres.sh)\"";
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must run the PostgreSQL tests: " + reason);
            Assert.Skip(reason);
        }

        return connectionString;
    }

    /// <summary>A fresh, empty database for one test, dropped again when disposed.</summary>
    public static async Task<TemporaryDatabase> CreateDatabaseAsync()
    {
        var server = RequireConnectionString();
        var name = "vr_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        return new TemporaryDatabase(server, name);
    }

    public sealed class TemporaryDatabase(string server, string name) : IAsyncDisposable
    {
        public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
