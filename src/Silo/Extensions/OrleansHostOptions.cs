namespace VolunteerRecords.Silo.Extensions;

public sealed class OrleansHostOptions
{
    public const string SectionName = "Orleans";

    public string ClusterId { get; set; } = "volunteer-records";

    public string ServiceId { get; set; } = "volunteer-records";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at; loopback when empty (all silos on one machine).</summary>
    public string? AdvertisedIPAddress { get; set; }

    public bool ListenOnAnyHostAddress { get; set; }
}
