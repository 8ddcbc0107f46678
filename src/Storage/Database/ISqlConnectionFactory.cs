using System.Data.Common;

namespace VolunteerRecords.Storage.Database;

public interface ISqlConnectionFactory
{
    StorageProvider Provider { get; }

    /// <summary>The connection string as Orleans' ADO.NET providers need it.</summary>
    string ConnectionString { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>For the few callers that the framework calls synchronously (data-protection key ring).</summary>
    DbConnection Open();
}
