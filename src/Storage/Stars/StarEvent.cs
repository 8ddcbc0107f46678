namespace VolunteerRecords.Storage.Stars;

/// <summary>One step in a volunteer's star history (A26).</summary>
public sealed class StarEvent
{
    public string Id { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    /// <summary>One of <see cref="StarEventKind"/>.</summary>
    public string Kind { get; init; } = "";

    public int Level { get; init; }

    public string? Reason { get; init; }

    public string ByName { get; init; } = "";

    public DateTime AtUtc { get; init; }
}
