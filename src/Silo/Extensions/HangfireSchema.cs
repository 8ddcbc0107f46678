using Hangfire.PostgreSql;
using Npgsql;

namespace VolunteerRecords.Silo.Extensions;

/// <summary>
/// With a separate owner role, Hangfire's tables are installed by the owner (the platform's role may not create
/// schemas), before the first recurring job is registered, and the platform's role gets to read and write them.
/// </summary>
public static class HangfireSchema
{
    public const string Name = "hangfire";

    public static void InstallAsOwner(string ownerConnectionString, string runtimeRole)
    {
        using var connection = new NpgsqlConnection(ownerConnectionString);
        connection.Open();
        PostgreSqlObjectsInstaller.Install(connection, Name);
        var grantee = "\"" + runtimeRole.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        using var grant = new NpgsqlCommand(
            $"""
            GRANT USAGE ON SCHEMA {Name} TO {grantee};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {Name} TO {grantee};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {Name} TO {grantee};
            """,
            connection);
        grant.ExecuteNonQuery();
    }
}
