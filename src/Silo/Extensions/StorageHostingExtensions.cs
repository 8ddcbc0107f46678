using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using VolunteerRecords.Grains;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Silo.DataProtection;
using VolunteerRecords.Silo.Security;
using VolunteerRecords.Silo.Startup;
using VolunteerRecords.Storage;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Extensions;

public static class StorageHostingExtensions
{
    public static StorageOptions GetStorageOptions(this IConfiguration configuration) =>
        configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();

    /// <summary>SQL tables, data-protection keys and personal-data keys; migrations run before the silo starts.</summary>
    public static WebApplicationBuilder AddVolunteerStorage(this WebApplicationBuilder builder)
    {
        // First hosted service of all: hosted services start in registration order, and the silo (which reads its
        // queries from the schema) and the data-protection key ring (stored in a table) both need the schema.
        builder.Services.AddHostedService<DatabaseInitializer>();
        var storage = builder.Configuration.GetStorageOptions();
        builder.Services.AddVolunteerStorage(storage);
        builder.Services.AddVolunteerGrainServices(
            PersonalDataKey.Resolve(builder.Configuration, storage),
            builder.Configuration.GetSection(StarOptions.Section).Get<StarOptions>());
        builder.Services.AddDataProtection().SetApplicationName("volunteer-records");
        builder.Services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(
            sp => new ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(
                o =>
                {
                    o.XmlRepository = new SqlXmlRepository(sp.GetRequiredService<ISqlConnectionFactory>());
                    o.XmlEncryptor = new KeyRingEncryptor(sp.GetRequiredService<PersonalDataOptions>());
                }));
        builder.Services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.SectionName));
        return builder;
    }
}
