namespace VolunteerRecords.Storage.Campaigns;

public sealed class WinnerRow
{
    public string CampaignId { get; init; } = "";

    public int Round { get; init; }

    public string SubjectId { get; init; } = "";

    public string SubjectName { get; init; } = "";

    /// <summary>1 for the first place, in the order of the candidate list.</summary>
    public int Position { get; init; }

    public long Minutes { get; init; }

    public string ApprovedByName { get; init; } = "";

    public DateTime ApprovedUtc { get; init; }
}
