namespace VolunteerRecords.Storage.Campaigns;

/// <summary>One round of a campaign, with the selection job's progress.</summary>
public sealed class CampaignRoundRow
{
    public string CampaignId { get; init; } = "";

    public int Round { get; init; }

    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    /// <summary>Open, Selecting, Selected or Approved.</summary>
    public string Status { get; init; } = "";

    public int BatchesDone { get; init; }

    public int BatchesTotal { get; init; }

    public int Candidates { get; init; }

    public DateTime? StartedUtc { get; init; }

    public DateTime? SelectedUtc { get; init; }

    public DateTime? ApprovedUtc { get; init; }
}
