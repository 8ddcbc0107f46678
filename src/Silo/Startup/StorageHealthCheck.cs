using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Startup;

public sealed class StorageHealthCheck(ISqlConnectionFactory connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            var version = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_migrations;");
            return version is null
                ? HealthCheckResult.Unhealthy("The schema has not been created yet.")
                : HealthCheckResult.Healthy($"{connections.Provider}, schema {version}");
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{connections.Provider} unreachable", exception);
        }
    }
}
