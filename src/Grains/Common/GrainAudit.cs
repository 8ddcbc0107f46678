using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Grains.Common;

/// <summary>Writes the audit line for a change a grain made, in the grain, so no caller can forget it.</summary>
public sealed class GrainAudit(IAuditLog log, TimeProvider time)
{
    public Task RecordAsync(CommandContext context, string action, string subjectType, string subjectId, string? detail = null) =>
        log.AppendAsync(new AuditEntry(
            time.GetUtcNow().UtcDateTime,
            context.Actor.AccountId,
            context.Actor.DisplayName,
            action,
            subjectType,
            subjectId,
            context.RemoteIp,
            detail));
}
