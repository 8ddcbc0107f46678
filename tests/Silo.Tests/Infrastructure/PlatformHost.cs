using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;

namespace VolunteerRecords.Silo.Tests.Infrastructure;

/// <summary>One node of the platform (silo, pages, jobs) as Program builds it, with the settings a test gives.</summary>
public sealed class PlatformHost(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string PersonalDataKey = "dGVzdC1vbmx5LXBlcnNvbmFsLWRhdGEta2V5LTMyYiE=";

    public static PlatformHost Sqlite(string dataDirectory, int siloPort, int gatewayPort) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = dataDirectory,
        ["Orleans:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Orleans:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bootstrap:AdminPassword"] = "Fuxin2026admin",
    });

    public static PlatformHost PostgreSql(string connectionString, int siloPort, int gatewayPort, ClusterCertificate? tls = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = connectionString,
            ["PersonalData:Key"] = PersonalDataKey,
            ["Orleans:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bootstrap:AdminPassword"] = "Fuxin2026admin",
        };
        if (tls is not null)
        {
            settings["Orleans:Tls:CertificatePath"] = tls.Path;
            settings["Orleans:Tls:CertificatePassword"] = ClusterCertificate.Password;
        }

        return new PlatformHost(settings);
    }

    public static PlatformHost With(PlatformHost host, string key, string? value) =>
        new(new Dictionary<string, string?>(host.Settings) { [key] = value });

    public IReadOnlyDictionary<string, string?> Settings => settings;

    /// <summary>The node's clock, where a test needs "now" to be a day its data was written for.</summary>
    public TimeProvider? Clock { get; init; }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static CommandContext CityAdminContext() =>
        new(Guid.NewGuid(), new Actor("city-admin", "市局管理员", Role.CityAdmin, RegionCodes.City, null, null), "127.0.0.1");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
