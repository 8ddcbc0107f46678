using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VolunteerRecords.Admin.Security;

/// <summary>
/// With secure cookies (every profile but Development) browsers drop the sign-in and antiforgery cookies over plain
/// http, so every form would fail. A node that listens only on http with no TLS proxy named therefore refuses to
/// start, saying what to set, instead of serving pages that cannot work.
/// </summary>
public sealed class TransportSecurityCheck(IServer server, IOptions<SecurityOptions> security, IOptions<ProxyOptions> proxies) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        // The test server listens nowhere; only a real listener is checked.
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (!security.Value.RequireSecureCookies || addresses is null || addresses.Count == 0 || proxies.Value.Any
            || addresses.Any(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return Task.CompletedTask;
        }

        throw new InvalidOperationException(
            $"Volunteer Records listens only on plain http ({string.Join(", ", addresses)}), where browsers refuse its secure cookies. "
            + "Serve https (ASPNETCORE_URLS=https://+:443 with Kestrel__Certificates__Default__Path and __Password), or name the "
            + "TLS-terminating proxy in Proxies__KnownProxies__0 (or Proxies__KnownNetworks__0), or, for a trial on this "
            + "machine only, set Security__RequireSecureCookies=false.");
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
