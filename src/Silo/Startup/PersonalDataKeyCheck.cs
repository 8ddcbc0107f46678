using Dapper;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Startup;

/// <summary>
/// The database remembers a keyed fingerprint of the personal-data key it was first written with. A node started with
/// another key (a restore with the wrong key file, a mistyped PersonalData__Key) refuses to start: it could neither
/// read the ID numbers and phones already stored nor find anyone by them.
/// </summary>
public static class PersonalDataKeyCheck
{
    public static async Task VerifyAsync(ISqlConnectionFactory connections, PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        var fingerprint = personalData.LookupHash("key-check", "volunteer-records");
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO personal_data_key_check (id, fingerprint) VALUES (1, @Fingerprint) ON CONFLICT (id) DO NOTHING;",
            new { Fingerprint = fingerprint },
            cancellationToken: cancellationToken));
        var stored = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT fingerprint FROM personal_data_key_check WHERE id = 1;", cancellationToken: cancellationToken));
        if (stored != fingerprint)
        {
            throw new InvalidOperationException(
                "The personal-data key does not fit this database: it was written with another key. Give the node the key that "
                + "was in use when this database (or its backup) was made — PersonalData__Key, or personal-data.key in the data "
                + "folder of the embedded profile — and start it again. Nothing was changed.");
        }
    }
}
