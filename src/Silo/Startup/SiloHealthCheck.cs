using Microsoft.Extensions.Diagnostics.HealthChecks;
using VolunteerRecords.Grains.Organizations;

namespace VolunteerRecords.Silo.Startup;

/// <summary>Ready means a grain call completes: the silo has joined its cluster and can place activations.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly Guid ProbeKey = Guid.Parse("00000000-0000-0000-0000-00000000beef");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IOrganizationGrain>(ProbeKey).GetProfileAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is TimeoutException or OrleansException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The silo does not answer grain calls.", exception);
        }
    }
}
