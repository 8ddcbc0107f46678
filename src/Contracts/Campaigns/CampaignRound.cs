namespace VolunteerRecords.Grains.Campaigns;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.CampaignRound")]
public sealed class CampaignRound
{
    [Id(0)]
    public int Number { get; set; }

    [Id(1)]
    public DateOnly PeriodFrom { get; set; }

    [Id(2)]
    public DateOnly PeriodTo { get; set; }

    [Id(3)]
    public RoundStatus Status { get; set; }

    /// <summary>Set before the first commendation is written, so a retried approval goes on with the same list.</summary>
    [Id(4)]
    public List<string> Winners { get; set; } = [];

    /// <summary>The selection a reviewer asked for was handed to the job queue; until then the grain hands it again.</summary>
    [Id(5)]
    public bool SelectionQueued { get; set; }
}
