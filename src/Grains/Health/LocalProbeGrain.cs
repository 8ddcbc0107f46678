using Orleans.Concurrency;

namespace VolunteerRecords.Grains.Health;

[StatelessWorker(1)]
public sealed class LocalProbeGrain(ILocalSiloDetails silo) : Grain, ILocalProbeGrain
{
    public Task<SiloAddress> PingAsync() => Task.FromResult(silo.SiloAddress);
}
