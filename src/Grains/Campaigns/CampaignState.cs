using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Campaigns;

/// <remarks>
/// Stored as JSON with its type name: keep the name and namespace stable. Rounds are one a year and winners at most
/// <see cref="CampaignRules.MaxPlaces"/> a round, so the state stays small; candidates live in campaign_candidates.
/// </remarks>
[GenerateSerializer, Alias("vr.CampaignState")]
public sealed class CampaignState
{
    [Id(0)]
    public DefineCampaign? Definition { get; set; }

    [Id(1)]
    public List<CampaignRound> Rounds { get; set; } = [];

    [Id(2)]
    public string CreatedByName { get; set; } = "";

    [Id(3)]
    public DateTime CreatedUtc { get; set; }

    [Id(4)]
    public RecentOperations Operations { get; set; } = new();
}
