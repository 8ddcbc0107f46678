namespace VolunteerRecords.Storage.Volunteers;

/// <summary>The list-and-search projection of a volunteer grain. Holds no ID number or phone.</summary>
public sealed class VolunteerRow
{
    public string Id { get; init; } = "";

    public string VolunteerNumber { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string Status { get; init; } = "";

    public DateTime RegisteredUtc { get; init; }
}
