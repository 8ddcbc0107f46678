using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Migrations;

namespace VolunteerRecords.Silo.Tests.Migrations;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Apply_creates_the_schema_once_and_is_safe_to_run_again(StorageProvider provider)
    {
        await using var profile = await StorageProfile.CreateAsync(provider);
        var runner = new MigrationRunner(profile.Connections, NullLogger<MigrationRunner>.Instance);

        var first = await runner.ApplyAsync(TestContext.Current.CancellationToken);
        var second = await runner.ApplyAsync(TestContext.Current.CancellationToken);

        Assert.Equal(MigrationRunner.Load(provider).Select(m => m.Version), first);
        Assert.Empty(second);
        await using var connection = await profile.Connections.OpenAsync(TestContext.Current.CancellationToken);
        var regions = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM regions WHERE parent_code = '210900';");
        Assert.Equal(7, regions);
    }

    [Fact]
    public async Task Nodes_starting_together_apply_each_migration_once()
    {
        await using var profile = await StorageProfile.CreateAsync(StorageProvider.PostgreSql);
        var runners = Enumerable.Range(0, 4).Select(_ => new MigrationRunner(profile.Connections, NullLogger<MigrationRunner>.Instance));

        var applied = await Task.WhenAll(runners.Select(r => r.ApplyAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(MigrationRunner.Load(StorageProvider.PostgreSql).Select(m => m.Version), applied.SelectMany(a => a).Order());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Audit_log_is_append_only_in_the_database_itself(StorageProvider provider)
    {
        await using var profile = await StorageProfile.MigratedAsync(provider);
        await using var connection = await profile.Connections.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO audit_log (at_utc, action) VALUES (@At, 'test.entry');", new { At = DateTime.UtcNow });

        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE audit_log SET action = 'changed';"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM audit_log;"));
        Assert.Equal("test.entry", await connection.ExecuteScalarAsync<string>("SELECT action FROM audit_log;"));
    }
}
