using System.Net;
using Dapper;
using Npgsql;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Silo.Tests.Infrastructure;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>
/// On PostgreSQL the platform runs as a role that reads and appends, while migrations run as the owner: whoever takes
/// over the platform's connection still cannot rewrite the ledger, drop its guard or empty the audit log (A20).
/// </summary>
public sealed class DatabaseRolesTests
{
    [Fact]
    public async Task The_platforms_role_reads_and_appends_but_cannot_alter_drop_or_empty_the_append_only_tables_A20()
    {
        var server = PostgresServer.RequireConnectionString();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        string owner = "vr_owner_" + suffix, runtime = "vr_app_" + suffix, database = "vr_roles_" + suffix;
        await ExecuteAsync(server, $"CREATE ROLE {owner} LOGIN; CREATE ROLE {runtime} LOGIN;");
        await ExecuteAsync(server, $"CREATE DATABASE {database} OWNER {owner};");
        var asOwner = new NpgsqlConnectionStringBuilder(server) { Database = database, Username = owner }.ToString();
        var asRuntime = new NpgsqlConnectionStringBuilder(server) { Database = database, Username = runtime }.ToString();
        try
        {
            await using (var host = PlatformHost.With(PlatformHost.PostgreSql(asRuntime, FreePort.Next(), 0), "Storage:MigrationConnectionString", asOwner))
            {
                host.StartServer();
                var organization = Guid.NewGuid();
                await host.Grains.GetGrain<IOrganizationGrain>(organization).RegisterAsync(
                    new RegisterOrganization("清河门区志愿者协会", OrganizationKind.VolunteerOrganization, "210905"), PlatformHost.CityAdminContext());
                using var client = host.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
            }

            await using var connection = new NpgsqlConnection(asRuntime);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'organization.registered';") > 0);
            Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT has_table_privilege(current_user, 'service_records', 'INSERT');"));
            Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT has_table_privilege(current_user, 'complaints', 'UPDATE');"));
            foreach (var statement in new[]
            {
                "DROP TRIGGER service_records_append_only ON service_records;",
                "ALTER TABLE service_records DISABLE TRIGGER ALL;",
                "DROP TABLE audit_log;",
                "TRUNCATE audit_log;",
                "DELETE FROM audit_log;",
                "UPDATE membership_events SET reason = 'x';",
                "DELETE FROM complaints;",
                "DELETE FROM schema_migrations;",
            })
            {
                var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(statement));
                Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{statement} → {refused.SqlState} {refused.MessageText}");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE);");
            await ExecuteAsync(server, $"DROP ROLE IF EXISTS {runtime}; DROP ROLE IF EXISTS {owner};");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
