using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Hosting;

public sealed class JobsTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task The_node_runs_background_jobs_on_its_store(StorageProvider provider)
    {
        await using var profile = await StorageProfile.CreateAsync(provider);
        await using var host = provider == StorageProvider.Sqlite
            ? PlatformHost.Sqlite(profile.Options.DataDirectory, FreePort.Next(), FreePort.Next())
            : PlatformHost.PostgreSql(profile.Options.ConnectionString!, FreePort.Next(), FreePort.Next());
        host.StartServer();
        var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();

        var jobId = jobs.Enqueue(() => Console.WriteLine("volunteer-records job probe"));

        var storage = host.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string? state = null;
        while (DateTime.UtcNow < deadline && state != SucceededState.StateName)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            using var connection = storage.GetConnection();
            state = connection.GetStateData(jobId)?.Name;
        }

        Assert.Equal(SucceededState.StateName, state);
    }
}
