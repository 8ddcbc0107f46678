using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Logging;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Migrations;

/// <summary>
/// Applies the project's own versioned SQL migrations, each once, in order, each in its own transaction.
/// Several silos may start together: PostgreSQL serialises them with a session advisory lock, SQLite with its write lock.
/// </summary>
public sealed partial class MigrationRunner(ISqlConnectionFactory connections, ILogger<MigrationRunner> logger)
{
    // Any constant shared by every node works; this one spells "VRMIGRAT" in ASCII.
    private const long AdvisoryLockKey = 0x56524D4947524154;

    public static IReadOnlyList<Migration> Load(StorageProvider provider)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"{typeof(MigrationRunner).Namespace}.{provider}.";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var fileName = resource[prefix.Length..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }

            migrations.Add(new Migration(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                ReadResource(assembly, resource)));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two {provider} migrations share version {duplicate.Key}.");
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    /// <returns>The versions applied by this call (empty when the schema was already current).</returns>
    public Task<IReadOnlyList<int>> ApplyAsync(CancellationToken cancellationToken = default) => ApplyThroughAsync(int.MaxValue, cancellationToken);

    /// <summary>Stops after <paramref name="version"/>: the database as an earlier release left it, for upgrade tests.</summary>
    public async Task<IReadOnlyList<int>> ApplyThroughAsync(int version, CancellationToken cancellationToken = default)
    {
        var migrations = Load(connections.Provider).Where(m => m.Version <= version).ToList();
        await using var connection = await connections.OpenForMigrationAsync(cancellationToken);
        if (connections.Provider == StorageProvider.PostgreSql)
        {
            // Held for the whole run, bookkeeping table included: even CREATE TABLE IF NOT EXISTS races between sessions.
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@key);", new { key = AdvisoryLockKey });
        }

        try
        {
            var applied = await ApplyPendingAsync(connection, migrations, cancellationToken);
            if (connections.RuntimeRole is { } role)
            {
                await RuntimeGrants.ApplyAsync(connection, role, cancellationToken);
            }

            return applied;
        }
        finally
        {
            if (connections.Provider == StorageProvider.PostgreSql)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key);", new { key = AdvisoryLockKey });
            }
        }
    }

    private async Task<IReadOnlyList<int>> ApplyPendingAsync(DbConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        if (connections.Provider == StorageProvider.Sqlite)
        {
            // WAL lets readers (pages, reports) proceed while a grain writes; the mode is stored in the file.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        }

        await connection.ExecuteAsync(connections.Provider == StorageProvider.Sqlite
            ? "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL);"
            : "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL);");

        var applied = new List<int>();
        foreach (var migration in migrations)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var done = await connection.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version;", new { migration.Version }, transaction);
            if (done > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await ExecuteScriptAsync(connection, transaction, migration.Sql, cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@Version, @Name, @AppliedUtc);",
                new { migration.Version, migration.Name, AppliedUtc = DateTime.UtcNow },
                transaction);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Version);
            LogApplied(migration.Version, migration.Name, connections.Provider);
        }

        return applied;
    }

    private static async Task ExecuteScriptAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version} ({Name}) on {Provider}")]
    private partial void LogApplied(int version, string name, StorageProvider provider);
}
