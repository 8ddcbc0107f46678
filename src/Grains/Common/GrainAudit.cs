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
            detail,
            context.OperationId));

    /// <summary>Writes the audit line of a change again after a retry; the operation id makes it a no-op if it exists.</summary>
    public Task RecordAsync(LastChange change, string subjectType, string subjectId) =>
        log.AppendAsync(new AuditEntry(
            change.AtUtc, change.ActorId, change.ActorName, change.Event, subjectType, subjectId, change.RemoteIp, change.Detail, change.OperationId));
}
