using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Audit;

public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<Page<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
