using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Hosting;

/// <summary>What the platform does when started as the README says, or wrongly for production (issue 14).</summary>
public sealed class SafeByDefaultTests
{
    [Fact]
    public async Task A_production_node_on_plain_http_without_a_tls_proxy_refuses_to_start_saying_what_to_set()
    {
        await using var plain = new AppFactory(kestrel: true);
        plain.Settings["Security:RequireSecureCookies"] = "true";

        var refused = Assert.ThrowsAny<Exception>(plain.StartServer);

        Assert.Contains("Proxies__KnownProxies__0", Flatten(refused));
        Assert.Contains("ASPNETCORE_URLS=https://", Flatten(refused));
    }

    [Fact]
    public async Task Behind_a_named_tls_proxy_it_serves()
    {
        await using var proxied = new AppFactory(kestrel: true);
        proxied.Settings["Security:RequireSecureCookies"] = "true";
        proxied.Settings["Proxies:KnownProxies:0"] = "127.0.0.1";
        proxied.StartServer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = proxied.ServerAddress };

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var login = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var direct = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);
        var probe = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, direct.StatusCode);
        Assert.StartsWith("https://", direct.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    private static string Flatten(Exception exception) =>
        exception.InnerException is { } inner ? exception.Message + " | " + Flatten(inner) : exception.Message;
}
