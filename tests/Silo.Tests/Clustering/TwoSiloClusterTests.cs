using System.Net;
using Dapper;
using Npgsql;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Silo.Tests.Infrastructure;

namespace VolunteerRecords.Silo.Tests.Clustering;

/// <summary>Two nodes on one PostgreSQL database form one Orleans cluster, talking over mutually authenticated TLS.</summary>
public sealed class TwoSiloClusterTests
{
    [Fact]
    public async Task A_grain_written_through_one_silo_is_read_through_the_other_and_survives_its_loss()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        using var certificate = ClusterCertificate.Create();
        var first = PlatformHost.PostgreSql(database.ConnectionString, FreePort.Next(), FreePort.Next(), certificate);
        await using var second = PlatformHost.PostgreSql(database.ConnectionString, FreePort.Next(), FreePort.Next(), certificate);
        first.StartServer();
        second.StartServer();
        await WaitForActiveSilosAsync(database.ConnectionString, 2);
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        foreach (var id in ids)
        {
            await first.Grains.GetGrain<IOrganizationGrain>(id).RegisterAsync(
                new RegisterOrganization("彰武县志愿者协会", OrganizationKind.VolunteerOrganization, "210922"), PlatformHost.CityAdminContext());
        }

        var readThroughSecond = await Task.WhenAll(ids.Select(id => second.Grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync()));
        Assert.All(readThroughSecond, p => Assert.Equal("彰武县志愿者协会", p?.Name));

        await first.DisposeAsync();

        var afterLoss = await Task.WhenAll(ids.Select(id => second.Grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync()));
        Assert.All(afterLoss, p => Assert.Equal("彰武县志愿者协会", p?.Name));
        using var client = second.CreateClient();
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task A_silo_open_beyond_the_loopback_without_tls_refuses_to_start()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var open = PlatformHost.With(PlatformHost.PostgreSql(database.ConnectionString, FreePort.Next(), 0), "Orleans:ListenOnAnyHostAddress", "true");

        var refused = Assert.ThrowsAny<Exception>(open.StartServer);

        Assert.Contains("Orleans:Tls:CertificatePath", Flatten(refused));
    }

    private static string Flatten(Exception exception) =>
        exception.InnerException is { } inner ? exception.Message + " | " + Flatten(inner) : exception.Message;

    private static async Task WaitForActiveSilosAsync(string connectionString, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        await using var connection = new NpgsqlConnection(connectionString);
        while (true)
        {
            // Status 3 is SiloStatus.Active.
            var active = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM OrleansMembershipTable WHERE Status = 3;");
            if (active >= count)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"only {active} of {count} silos became active");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }
}
