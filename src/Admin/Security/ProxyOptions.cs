using System.Net;

namespace VolunteerRecords.Admin.Security;

/// <summary>
/// Configuration "Proxies": the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. With none
/// configured, the headers are ignored, so a client cannot choose the address its rate limits and audit lines carry.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Proxies";

    /// <summary>Addresses of the proxies, e.g. 10.0.0.5.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. 10.0.0.0/24.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public IEnumerable<IPAddress> Proxies() => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> Networks() => KnownNetworks.Select(n => IPNetwork.Parse(n));
}
