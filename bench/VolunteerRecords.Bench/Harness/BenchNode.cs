using VolunteerRecords.Admin;
using VolunteerRecords.Silo.Extensions;

namespace VolunteerRecords.Bench.Harness;

/// <summary>One platform node built with the Silo's own wiring (storage, migrations, Orleans), without pages or jobs.</summary>
public sealed class BenchNode(WebApplication app) : IAsyncDisposable
{
    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => app.Services;

    public static async Task<BenchNode> StartAsync(IReadOnlyDictionary<string, string?> settings, BenchClock clock)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddVolunteerStorage();
        builder.AddVolunteerSilo();
        builder.Services.AddAdminConsole(builder.Environment);
        var app = builder.Build();
        await app.StartAsync();
        return new BenchNode(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
