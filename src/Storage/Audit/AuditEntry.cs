namespace VolunteerRecords.Storage.Audit;

/// <summary>One line of the audit trail: who did what to which subject, when (UTC) and from where.</summary>
/// <remarks>Detail names ids and codes only, never personal data. An entry with an operation id is written once per action.</remarks>
public sealed record AuditEntry(
    DateTime AtUtc,
    string? ActorId,
    string? ActorName,
    string Action,
    string? SubjectType,
    string? SubjectId,
    string? RemoteIp,
    string? Detail,
    Guid? OperationId = null);
