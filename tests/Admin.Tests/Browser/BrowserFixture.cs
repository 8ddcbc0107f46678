using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Storage.Accounts;

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
        // The first requests start the silo's grains and the page pipeline; on a busy two-core CI runner that alone can
        // take most of a browser step's 30 seconds, so it happens here, before any test measures time.
        using (var warmUp = new HttpClient { BaseAddress = Factory.ServerAddress, Timeout = TimeSpan.FromMinutes(2) })
        {
            (await warmUp.GetAsync("/Account/Login")).EnsureSuccessStatusCode();
            (await warmUp.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        }

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

    /// <summary>Organizations are registered by the city bureau, which is not what these tests are about, so they go straight to the grain.</summary>
    public Task<Guid> RegisterOrganizationAsync(string name, string regionCode) => RegisterOrganizationOnAsync(Factory, name, regionCode);

    public static async Task<Guid> RegisterOrganizationOnAsync(AppFactory platform, string name, string regionCode)
    {
        var id = Guid.NewGuid();
        var city = new Actor("setup", "市局", Role.CityAdmin, RegionCodes.City, null, null);
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(id).RegisterAsync(
            new RegisterOrganization(name, OrganizationKind.VolunteerOrganization, regionCode), new CommandContext(Guid.NewGuid(), city, null));
        return id;
    }

    public async Task<IPage> SignedInDeskAsync(IBrowserContext desk, string userName, string password)
    {
        var page = await desk.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("手机号、证件号或账号").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>A phone-sized browser, as volunteers use the site.</summary>
    public Task<IBrowserContext> PhoneContextAsync() => PhoneContextOnAsync(Factory);

    /// <summary>A phone-sized browser on another platform than the shared one.</summary>
    public Task<IBrowserContext> PhoneContextOnAsync(AppFactory platform) => Browser!.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = platform.ServerAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
    });

    /// <summary>A volunteer registered through their grain, who signs in with the phone and "Volunteer2026".</summary>
    public async Task<(Guid Id, string Phone)> RegisteredVolunteerAsync(string name, string regionCode)
    {
        var (id, phone, _) = await RegisteredVolunteerWithIdNumberAsync(name, regionCode);
        return (id, phone);
    }

    public async Task<(Guid Id, string Phone, string IdNumber)> RegisteredVolunteerWithIdNumberAsync(string name, string regionCode)
    {
        var id = Guid.NewGuid();
        var phone = TestPeople.Phone();
        var idNumber = TestPeople.ResidentId(1992, 4, 4, regionCode);
        var hash = Factory.Services.GetRequiredService<IPasswordHasher<AccountRecord>>().HashPassword(new AccountRecord(), "Volunteer2026");
        await Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IVolunteerGrain>(id).RegisterAsync(
            new RegisterVolunteer(name, IdDocumentType.ResidentIdCard, idNumber, null, null, regionCode, phone, hash, "", []),
            new CommandContext(Guid.NewGuid(), new Actor(id.ToString(), name, Role.Volunteer, null, null, id), null));
        return (id, phone, idNumber);
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name), FullPage = true });

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
