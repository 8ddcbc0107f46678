namespace VolunteerRecords.Storage.Volunteers;

/// <summary>The list-and-search projection of a volunteer grain. Holds no ID number or phone.</summary>
public sealed class VolunteerRow
{
    public string Id { get; init; } = "";

    public string VolunteerNumber { get; init; } = "";

    public string DisplayName { get; init; } = "";

    /// <summary>Registered or Revoked (A18.4).</summary>
    public string Status { get; init; } = "";

    public DateTime RegisteredUtc { get; init; }

    public string? ResidenceRegion { get; init; }

    public string? Sex { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>Self, OnSite or Import.</summary>
    public string Channel { get; init; } = "Self";

    /// <summary>The star level granted (A26), 0 for none.</summary>
    public int StarLevel { get; init; }

    /// <summary>Filled by the search query.</summary>
    public string? ResidenceRegionName { get; init; }
}
