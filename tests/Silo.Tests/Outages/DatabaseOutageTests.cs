using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Silo.Tests.Infrastructure;

namespace VolunteerRecords.Silo.Tests.Outages;

/// <summary>
/// PostgreSQL goes away under a running node and comes back: pages answer 503 with a Chinese page saying the data is
/// safe, readiness drops and returns by itself, and a command resent with its operation id lands once (issue 14).
/// </summary>
public sealed partial class DatabaseOutageTests
{
    [Fact]
    public async Task While_the_database_is_down_pages_answer_503_and_the_node_recovers_by_itself_A20()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new TcpRelay(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = relay.Port, Timeout = 3 }.ToString();
        await using var host = PlatformHost.PostgreSql(relayed, FreePort.Next(), FreePort.Next());
        host.StartServer();
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var organization = Guid.NewGuid();
        var register = PlatformHost.CityAdminContext();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);

        relay.Cut();
        NpgsqlConnection.ClearAllPools();
        var signIn = await SignInAttemptAsync(client);
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        await Assert.ThrowsAnyAsync<Exception>(() => host.Grains.GetGrain<IOrganizationGrain>(organization).RegisterAsync(
            new RegisterOrganization("太平区停电测试协会", OrganizationKind.VolunteerOrganization, "210904"), register));

        relay.Restore();
        var recovered = await WaitForReadyAsync(client);
        var again = await SignInAttemptAsync(client);
        await host.Grains.GetGrain<IOrganizationGrain>(organization).RegisterAsync(
            new RegisterOrganization("太平区停电测试协会", OrganizationKind.VolunteerOrganization, "210904"), register);
        await host.Grains.GetGrain<IOrganizationGrain>(organization).RegisterAsync(
            new RegisterOrganization("太平区停电测试协会", OrganizationKind.VolunteerOrganization, "210904"), register);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        var body = await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("您的记录安全无损", body);
        Assert.DoesNotContain("   at ", body);
        Assert.Equal("10", signIn.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.True(recovered, "the node did not become ready again within 30 s of the database's return");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("太平区停电测试协会", (await host.Grains.GetGrain<IOrganizationGrain>(organization).GetProfileAsync())?.Name);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM audit_log WHERE action = 'organization.registered' AND subject_id = @id;", connection);
        count.Parameters.AddWithValue("id", organization.ToString());
        Assert.Equal(1L, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A wrong password for an account that does not exist: a page that must ask the database.</summary>
    private static async Task<HttpResponseMessage> SignInAttemptAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);
        var token = Token().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Login", "nobody-here"), new("Input.Password", "not a password at all")]);
        return await client.PostAsync("/Account/Login", content, TestContext.Current.CancellationToken);
    }

    private static async Task<bool> WaitForReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if ((await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        return false;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
