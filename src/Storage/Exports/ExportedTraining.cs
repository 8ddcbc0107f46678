namespace VolunteerRecords.Storage.Exports;

public sealed class ExportedTraining
{
    public string Id { get; init; } = "";

    public string VolunteerNumber { get; init; } = "";

    public string VolunteerName { get; init; } = "";

    public string TrainingName { get; init; } = "";

    public string Provider { get; init; } = "";

    public DateOnly HeldOn { get; init; }

    public int Minutes { get; init; }

    public string OrganizationName { get; init; } = "";

    public string ProofName { get; init; } = "";

    public string ConfirmedByName { get; init; } = "";

    public DateTime ConfirmedUtc { get; init; }
}
