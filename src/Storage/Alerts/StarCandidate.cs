namespace VolunteerRecords.Storage.Alerts;

/// <summary>A volunteer's certified total beside the star level the projection holds.</summary>
public sealed class StarCandidate
{
    public string VolunteerId { get; init; } = "";

    public int StarLevel { get; init; }

    public long Minutes { get; init; }
}
