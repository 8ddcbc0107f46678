namespace VolunteerRecords.Silo.Extensions;

public static class AdoNetInvariants
{
    /// <summary>Orleans maps this name to Microsoft.Data.Sqlite; "Microsoft.Data.SQLite" fails at start-up.</summary>
    public const string Sqlite = "System.Data.SQLite";

    public const string PostgreSql = "Npgsql";
}
