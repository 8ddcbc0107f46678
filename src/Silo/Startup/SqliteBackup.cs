using Microsoft.Data.Sqlite;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Startup;

/// <summary>
/// The embedded profile's backup: SQLite's online backup of the records and the job queue, taken while the platform
/// runs, into a folder of its own. The personal-data key is left out on purpose: kept apart from the data, a stolen
/// backup alone does not give away ID numbers and phones.
/// </summary>
public static class SqliteBackup
{
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Run(StorageOptions storage, string target)
    {
        if (storage.Provider != StorageProvider.Sqlite)
        {
            throw new InvalidOperationException("The PostgreSQL profile is backed up with pg_dump -Fc (README, \"Backups\").");
        }

        var folder = Path.GetFullPath(target);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new InvalidOperationException($"{folder} is not empty: a backup goes into a folder of its own.");
        }

        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var source in new[] { storage.SqliteDatabasePath, storage.HangfireSqlitePath }.Where(File.Exists))
        {
            var copy = Path.Combine(folder, Path.GetFileName(source));
            using (var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
            {
                from.Open();
                from.BackupDatabase(to);
            }

            written.Add(copy);
        }

        return written.Count > 0
            ? written
            : throw new InvalidOperationException($"There is no database in {storage.DataDirectory} to back up (Storage__DataDirectory).");
    }
}
