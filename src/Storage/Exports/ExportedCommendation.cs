namespace VolunteerRecords.Storage.Exports;

public sealed class ExportedCommendation
{
    public string Id { get; init; } = "";

    public string VolunteerNumber { get; init; } = "";

    public string VolunteerName { get; init; } = "";

    public string Title { get; init; } = "";

    public DateOnly GrantedOn { get; init; }

    public string GrantingBody { get; init; } = "";

    public string RecordedByName { get; init; } = "";

    public DateTime RecordedUtc { get; init; }
}
