using VolunteerRecords.Admin;
using VolunteerRecords.Silo.Extensions;

namespace VolunteerRecords.Bench.Harness;

/// <summary>
/// One platform node built with the Silo's own wiring (storage, migrations, Orleans), without jobs; with the pages
/// served on a loopback port when one is given (the page benchmark), without them otherwise.
/// </summary>
public sealed class BenchNode(WebApplication app) : IAsyncDisposable
{
    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => app.Services;

    public static async Task<BenchNode> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeProvider clock, int? pagesPort = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls($"http://127.0.0.1:{pagesPort ?? 0}");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddVolunteerStorage();
        builder.AddVolunteerSilo();
        builder.Services.AddAdminConsole(builder.Environment);
        var app = builder.Build();
        if (pagesPort is not null)
        {
            app.UseAdminConsole();
        }

        await app.StartAsync();
        return new BenchNode(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
