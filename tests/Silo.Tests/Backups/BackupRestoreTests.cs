using System.Diagnostics;
using Npgsql;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Silo.Startup;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Backups;

/// <summary>
/// Backups of both profiles restore to a platform that holds what was there, with the personal-data key kept apart
/// from the data; a restore given another key refuses to start (issue 14).
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task An_online_sqlite_backup_restores_with_its_key_and_refuses_another_A20()
    {
        var live = Folder();
        var backup = Folder();
        var id = Guid.NewGuid();
        try
        {
            await using (var running = PlatformHost.Sqlite(live, FreePort.Next(), FreePort.Next()))
            {
                running.StartServer();
                await RegisterAsync(running, id);
                var files = SqliteBackup.Run(new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = live }, backup);
                Assert.Contains(files, f => f.EndsWith("volunteer-records.db", StringComparison.Ordinal));
            }

            Assert.False(File.Exists(Path.Combine(backup, "personal-data.key")));
            await using (var wrongKey = PlatformHost.Sqlite(backup, FreePort.Next(), FreePort.Next()))
            {
                Assert.Contains("personal-data key does not fit", Flatten(Assert.ThrowsAny<Exception>(wrongKey.StartServer)));
            }

            File.Copy(Path.Combine(live, "personal-data.key"), Path.Combine(backup, "personal-data.key"), overwrite: true);
            await using var restored = PlatformHost.Sqlite(backup, FreePort.Next(), FreePort.Next());
            restored.StartServer();

            Assert.Equal("新邱区备份测试协会", (await restored.Grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync())?.Name);
        }
        finally
        {
            SqliteConnectionPools();
            foreach (var folder in new[] { live, backup }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_pg_dump_restores_with_its_key_and_refuses_another_A20()
    {
        var pgDump = Tool("pg_dump");
        var pgRestore = Tool("pg_restore");
        await using var source = await PostgresServer.CreateDatabaseAsync();
        await using var target = await PostgresServer.CreateDatabaseAsync();
        var dump = Path.Combine(Path.GetTempPath(), "vr-dump-" + Guid.NewGuid().ToString("N") + ".pgdump");
        var id = Guid.NewGuid();
        try
        {
            await using (var running = PlatformHost.PostgreSql(source.ConnectionString, FreePort.Next(), FreePort.Next()))
            {
                running.StartServer();
                await RegisterAsync(running, id);
                await RunAsync(pgDump, $"-Fc --no-owner --no-privileges --exclude-table-data=orleansmembershiptable -f \"{dump}\"", source.ConnectionString);
            }

            await RunAsync(pgRestore, $"--no-owner --no-privileges \"{dump}\"", target.ConnectionString);
            await using (var wrongKey = PlatformHost.With(PlatformHost.PostgreSql(target.ConnectionString, FreePort.Next(), FreePort.Next()), "PersonalData:Key", Convert.ToBase64String(new byte[32])))
            {
                Assert.Contains("personal-data key does not fit", Flatten(Assert.ThrowsAny<Exception>(wrongKey.StartServer)));
            }

            await using var restored = PlatformHost.PostgreSql(target.ConnectionString, FreePort.Next(), FreePort.Next());
            restored.StartServer();

            Assert.Equal("新邱区备份测试协会", (await restored.Grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync())?.Name);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private static Task RegisterAsync(PlatformHost host, Guid id) =>
        host.Grains.GetGrain<IOrganizationGrain>(id).RegisterAsync(
            new RegisterOrganization("新邱区备份测试协会", OrganizationKind.VolunteerOrganization, "210903"), PlatformHost.CityAdminContext());

    /// <summary>pg_dump and pg_restore take the connection as a libpq URI; the password, if any, goes by environment.</summary>
    private static async Task RunAsync(string tool, string arguments, string connectionString)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool, $"-d \"postgresql://{c.Username}@{c.Host}:{c.Port}/{c.Database}\" {arguments}")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        if (!string.IsNullOrEmpty(c.Password))
        {
            start.Environment["PGPASSWORD"] = c.Password;
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(tool)} failed: {errors}");
    }

    private static string Tool(string name)
    {
        var found = new[] { "/usr/bin/" + name }.Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", name)) : [])
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            var reason = $"{name} is not installed (apt-get install postgresql-client).";
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", reason);
            Assert.Skip(reason);
        }

        return found;
    }

    private static string Folder() => Path.Combine(Path.GetTempPath(), "vr-backup-" + Guid.NewGuid().ToString("N"));

    private static void SqliteConnectionPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    private static string Flatten(Exception exception) =>
        exception.InnerException is { } inner ? exception.Message + " | " + Flatten(inner) : exception.Message;
}
