namespace VolunteerRecords.Storage.Campaigns;

/// <summary>A volunteer, project or organization that meets a round's criteria, in ranking order.</summary>
public sealed class CandidateRow
{
    public string SubjectId { get; init; } = "";

    public string SubjectName { get; init; } = "";

    public long Minutes { get; init; }

    public int? StarLevel { get; init; }

    /// <summary>Average of duty and satisfaction scores over the period's evaluations; null without any.</summary>
    public double? Evaluation { get; init; }
}
