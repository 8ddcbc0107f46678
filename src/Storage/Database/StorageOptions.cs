namespace VolunteerRecords.Storage.Database;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>PostgreSQL connection string; for SQLite it may be left empty and <see cref="DataDirectory"/> is used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the embedded profile's database files, created on start.</summary>
    public string DataDirectory { get; set; } = "data";

    public string SqliteDatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, "volunteer-records.db"));

    public string HangfireSqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, "hangfire.db"));
}
