using System.Data.Common;

namespace VolunteerRecords.Storage.Database;

public interface ISqlConnectionFactory
{
    StorageProvider Provider { get; }

    /// <summary>The connection string as Orleans' ADO.NET providers need it.</summary>
    string ConnectionString { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>PostgreSQL with a separate owner role: the role the platform runs as, which migrations grant; else null.</summary>
    string? RuntimeRole { get; }

    /// <summary>A connection for migrations: the owner role's where one is configured, else the usual one.</summary>
    Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for this process's turn to write. SQLite takes one writer at a time and makes the others sleep and retry;
    /// queueing them here instead keeps the lock busy without the sleeps. PostgreSQL writers do not wait.
    /// </summary>
    Task<IDisposable> WriteTurnAsync(CancellationToken cancellationToken = default);

    /// <summary>For the few callers that the framework calls synchronously (data-protection key ring).</summary>
    DbConnection Open();
}
