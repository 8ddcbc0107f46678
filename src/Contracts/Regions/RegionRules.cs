namespace VolunteerRecords.Grains.Regions;

/// <summary>How deep the region tree goes and how long a region's name may be.</summary>
public static class RegionRules
{
    /// <summary>City (1), county/district (2), township/street (3).</summary>
    public const int DeepestLevel = 3;

    public const int MaxNameLength = 50;
}
