namespace VolunteerRecords.Storage.Audit;

/// <param name="RegionPrefix">
/// A district bureau's LIKE pattern: only lines by accounts of its region, or about its volunteers and organizations.
/// </param>
public sealed record AuditQuery(
    string? Actor = null,
    string? Action = null,
    string? SubjectType = null,
    string? SubjectId = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    int Page = 1,
    int PageSize = 50,
    string? RegionPrefix = null);
