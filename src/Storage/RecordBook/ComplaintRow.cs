namespace VolunteerRecords.Storage.RecordBook;

public sealed class ComplaintRow
{
    public string Id { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Complainant { get; init; } = "";

    public string Content { get; init; } = "";

    public string FiledByName { get; init; } = "";

    public DateTime FiledUtc { get; init; }

    /// <summary>Stored by name, as the record's queries read it.</summary>
    public Grains.Evaluations.ComplaintStatus Status { get; init; }

    public string? DecisionNote { get; init; }

    public string? DecidedByName { get; init; }

    public DateTime? DecidedUtc { get; init; }
}
