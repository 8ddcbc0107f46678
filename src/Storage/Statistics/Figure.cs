namespace VolunteerRecords.Storage.Statistics;

/// <summary>One labelled count in a breakdown: a service area, a star level, an age band.</summary>
public sealed class Figure
{
    public string Key { get; init; } = "";

    public long Count { get; init; }

    /// <summary>Certified minutes where the breakdown has them; 0 otherwise.</summary>
    public long Minutes { get; init; }
}
