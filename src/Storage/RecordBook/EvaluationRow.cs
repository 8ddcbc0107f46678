namespace VolunteerRecords.Storage.RecordBook;

public sealed class EvaluationRow
{
    public string Id { get; init; } = "";

    public string OperationId { get; init; } = "";

    public string ActivityId { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    /// <summary>How well the duties were done, 1 to 5.</summary>
    public int DutyScore { get; init; }

    /// <summary>The service recipients' satisfaction, 1 to 5.</summary>
    public int SatisfactionScore { get; init; }

    public string? Comment { get; init; }

    public string EvaluatedByName { get; init; } = "";

    public DateTime EvaluatedUtc { get; init; }

    /// <summary>Filled by the volunteer's list.</summary>
    public string? ActivityTitle { get; init; }
}
