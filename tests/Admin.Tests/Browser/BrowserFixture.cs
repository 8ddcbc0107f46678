using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Browser;

/// <summary>
/// The platform on a real loopback port and Debian's Chromium driven by Playwright (no browser download).
/// Where Chromium is missing the browser tests skip with the reason, except in CI, where they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public AppFactory Factory { get; } = new(kestrel: true);

    public IBrowser? Browser { get; private set; }

    /// <summary>The build collects them under artifacts/screenshots (VR_SCREENSHOTS); a plain test run keeps them beside the tests.</summary>
    public string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("VR_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        Factory.StartServer();
        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public void SkipUnlessAvailable()
    {
        if (Browser is null)
        {
            var reason = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium fonts-noto-cjk).";
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", reason);
            Assert.Skip(reason);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
