namespace VolunteerRecords.Storage.Database;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>PostgreSQL connection string; for SQLite it may be left empty and <see cref="DataDirectory"/> is used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL: the owner role's connection string, for migrations only. When set, the platform itself runs as the
    /// role of <see cref="ConnectionString"/>, which the migrations grant reading and appending but never altering or
    /// dropping the append-only tables or their triggers.
    /// </summary>
    public string? MigrationConnectionString { get; set; }

    /// <summary>Folder for the embedded profile's database files, created on start.</summary>
    public string DataDirectory { get; set; } = "data";

    public string SqliteDatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, "volunteer-records.db"));

    public string HangfireSqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, "hangfire.db"));
}
