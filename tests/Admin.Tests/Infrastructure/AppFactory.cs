using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>
/// The whole platform (silo, pages, jobs) on a fresh embedded data folder with its own Orleans ports.
/// With <paramref name="kestrel"/> it listens on a real loopback port for the browser; otherwise it runs on the
/// test server behind an https base address with production cookie settings.
/// </summary>
public sealed class AppFactory(bool kestrel) : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Fuxin2026admin";

    /// <summary>Settings of this host beyond the usual ones; the defaults lift the rate limits out of the way.</summary>
    public Dictionary<string, string> Settings { get; } = new()
    {
        ["RateLimits:SignInsPerMinute"] = "100000",
        ["RateLimits:RegistrationsPerMinute"] = "100000",
        ["RateLimits:DownloadsPerMinute"] = "100000",
        ["RateLimits:CertificatePdfsPerMinute"] = "100000",
        ["Certificates:VerificationsPerMinute"] = "100000",
        // Tests sign in as admins throughout; the authenticator has its own host and tests (TwoFactorTests).
        ["Security:RequireSecondFactor"] = "false",
    };

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "vr-admin-tests-" + Guid.NewGuid().ToString("N"));

    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Orleans:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        // Tests sign in as the city admin throughout; the first-sign-in change has its own test.
        builder.UseSetting("Bootstrap:MustChangePassword", "false");
        builder.UseSetting("Security:RequireSecureCookies", kestrel ? "false" : "true");
        builder.UseSetting("Jobs:WorkerCount", "1");
        builder.UseSetting("Security:AccountRecheckInterval", "00:00:00");
        // A failing page in a test says why.
        builder.UseSetting("Diagnostics:DetailedErrors", "true");
        // The test server has no client address, so every test shares one partition: the limits have their own host.
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (kestrel)
        {
            UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        }
    }

    public HttpClient CreateBrowserlikeClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = kestrel ? ServerAddress : new Uri("https://localhost"),
        HandleCookies = true,
    });

    /// <summary>Creates a staff or volunteer account directly, as the account pages of later issues will.</summary>
    public async Task<(string UserName, string Password)> CreateAccountAsync(Role role, string? region = null, Guid? organizationId = null, Guid? volunteerId = null)
    {
        var (_, userName, password) = await CreateAccountWithIdAsync(role, region, organizationId, volunteerId, canUnmask: false);
        return (userName, password);
    }

    public async Task<(string Id, string UserName, string Password)> CreateAccountWithIdAsync(
        Role role, string? region = null, Guid? organizationId = null, Guid? volunteerId = null, bool canUnmask = false)
    {
        var userName = role.ToString().ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        const string password = "Passw0rd-for-tests";
        var account = new AccountRecord
        {
            Id = volunteerId?.ToString() ?? Guid.NewGuid().ToString(),
            UserName = userName,
            NormalizedUserName = AccountRecord.Normalize(userName),
            DisplayName = userName,
            Role = role,
            RegionCode = region,
            OrganizationId = organizationId?.ToString(),
            VolunteerId = volunteerId?.ToString(),
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedUtc = DateTime.UtcNow,
            CanUnmask = canUnmask,
        };
        account.PasswordHash = Services.GetRequiredService<IPasswordHasher<AccountRecord>>().HashPassword(account, password);
        Assert.True(await Services.GetRequiredService<IAccountStore>().TryCreateAsync(account));
        return (account.Id, userName, password);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Hangfire's SQLite storage may still hold its file for a moment; the folder is in the temp directory.
        }
    }
}
