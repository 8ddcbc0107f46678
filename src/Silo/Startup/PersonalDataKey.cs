using System.Security.Cryptography;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Startup;

/// <summary>
/// Production supplies the key through configuration (PersonalData__Key). The embedded profile, meant for a single
/// machine, creates a random key once in its data folder, readable by the owner only, so a newcomer needs no setup
/// and no key is ever shipped in the repository.
/// </summary>
public static class PersonalDataKey
{
    public static PersonalDataOptions Resolve(IConfiguration configuration, StorageOptions storage)
    {
        var options = configuration.GetSection(PersonalDataOptions.SectionName).Get<PersonalDataOptions>() ?? new PersonalDataOptions();
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return options;
        }

        if (storage.Provider != StorageProvider.Sqlite)
        {
            throw new InvalidOperationException("PersonalData:Key is required for the PostgreSql profile (32 bytes, base64).");
        }

        var path = Path.GetFullPath(Path.Combine(storage.DataDirectory, "personal-data.key"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            WriteOwnerOnly(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return new PersonalDataOptions { Key = File.ReadAllText(path).Trim() };
    }

    private static void WriteOwnerOnly(string path, string key)
    {
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, key);
            return;
        }

        using var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
        using var writer = new StreamWriter(file);
        writer.Write(key);
    }
}
