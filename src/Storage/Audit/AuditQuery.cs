namespace VolunteerRecords.Storage.Audit;

public sealed record AuditQuery(
    string? Actor = null,
    string? Action = null,
    string? SubjectType = null,
    string? SubjectId = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    int Page = 1,
    int PageSize = 50);
