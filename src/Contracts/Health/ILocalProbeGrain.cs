namespace VolunteerRecords.Grains.Health;

/// <summary>
/// Answers on the silo that calls it (a stateless worker is always activated locally): whether this node schedules
/// grain calls, whatever happens to grains living on other silos.
/// </summary>
[Alias("vr.ILocalProbeGrain")]
public interface ILocalProbeGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    Task<SiloAddress> PingAsync();
}
