namespace VolunteerRecords.Storage.Training;

/// <summary>One volunteer's confirmed attendance of one training, with the provider's proof (A14).</summary>
public sealed class TrainingRecord
{
    public string Id { get; init; } = "";

    public string TrainingId { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string TrainingName { get; init; } = "";

    public string Provider { get; init; } = "";

    public DateOnly HeldOn { get; init; }

    public int Minutes { get; init; }

    public string ProofName { get; init; } = "";

    public string? ProofNote { get; init; }

    public string ConfirmedByName { get; init; } = "";

    public DateTime ConfirmedUtc { get; init; }

    /// <summary>Filled by the attendee list: the volunteer's display name.</summary>
    public string? VolunteerName { get; init; }
}
