namespace VolunteerRecords.Silo.Extensions;

public sealed class OrleansHostOptions
{
    public const string SectionName = "Orleans";

    public string ClusterId { get; set; } = "volunteer-records";

    public string ServiceId { get; set; } = "volunteer-records";

    public int SiloPort { get; set; } = 11111;

    /// <summary>0 (the default) runs no gateway: the pages call grains inside the silo, and no client needs one.</summary>
    public int GatewayPort { get; set; }

    /// <summary>The address other silos reach this one at; loopback when empty (all silos on one machine).</summary>
    public string? AdvertisedIPAddress { get; set; }

    public bool ListenOnAnyHostAddress { get; set; }

    public ClusterTlsOptions Tls { get; set; } = new();

    /// <summary>The silo's ports are reachable from other machines: only with TLS.</summary>
    public bool IsExposed =>
        ListenOnAnyHostAddress
        || (!string.IsNullOrWhiteSpace(AdvertisedIPAddress) && !System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(AdvertisedIPAddress)));
}
