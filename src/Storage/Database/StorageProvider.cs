namespace VolunteerRecords.Storage.Database;

/// <summary>The two storage profiles: embedded files for a single node, PostgreSQL for a cluster.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
