namespace VolunteerRecords.Storage.Alerts;

public sealed class EligibleMember
{
    public string VolunteerId { get; init; } = "";

    public string VolunteerName { get; init; } = "";

    public string VolunteerNumber { get; init; } = "";

    /// <summary>The star level they may apply for.</summary>
    public int Level { get; init; }

    public DateOnly FoundOn { get; init; }
}
