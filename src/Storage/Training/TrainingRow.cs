namespace VolunteerRecords.Storage.Training;

/// <summary>A training as lists show it; the training grain owns it and rewrites the row on each change.</summary>
public sealed class TrainingRow
{
    public string Id { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string Provider { get; init; } = "";

    public DateOnly HeldOn { get; init; }

    public int Minutes { get; init; }

    /// <summary>The A15 topics, comma-separated names.</summary>
    public string Topics { get; init; } = "";

    public int Attendees { get; init; }

    public DateTime CreatedUtc { get; init; }
}
