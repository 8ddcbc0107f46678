using Microsoft.Extensions.Diagnostics.HealthChecks;
using VolunteerRecords.Grains.Health;

namespace VolunteerRecords.Silo.Startup;

/// <summary>
/// Ready means this node serves: its silo is an active member of the cluster and schedules grain calls itself. A grain
/// that happens to live on a silo which just died says nothing about this node, so no such grain is asked.
/// </summary>
public sealed class SiloHealthCheck(IGrainFactory grains, IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        if (status != SiloStatus.Active)
        {
            return HealthCheckResult.Unhealthy($"This silo is {status}, not an active member of the cluster.");
        }

        try
        {
            await grains.GetGrain<ILocalProbeGrain>(0).PingAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is TimeoutException or OrleansException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("This silo does not answer grain calls.", exception);
        }
    }
}
