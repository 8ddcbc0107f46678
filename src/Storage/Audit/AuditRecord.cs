namespace VolunteerRecords.Storage.Audit;

public sealed class AuditRecord
{
    public long Id { get; init; }

    public DateTime AtUtc { get; init; }

    public string? ActorId { get; init; }

    public string? ActorName { get; init; }

    public string Action { get; init; } = "";

    public string? SubjectType { get; init; }

    public string? SubjectId { get; init; }

    public string? RemoteIp { get; init; }

    public string? Detail { get; init; }
}
