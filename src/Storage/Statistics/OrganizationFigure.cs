namespace VolunteerRecords.Storage.Statistics;

public sealed class OrganizationFigure
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public long ActiveVolunteers { get; init; }

    public long Minutes { get; init; }

    public long Records { get; init; }
}
