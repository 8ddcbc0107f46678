namespace VolunteerRecords.Storage.Statistics;

/// <summary>The figures of a scope over whole months (A21, A28); kept as JSON in a report snapshot.</summary>
public sealed class StatisticsSnapshot
{
    public DateOnly PeriodFrom { get; init; }

    /// <summary>The period's last day.</summary>
    public DateOnly PeriodTo { get; init; }

    /// <summary>Registered by the period's end: in the region, or members of the organization.</summary>
    public long RegisteredTotal { get; init; }

    public long RegisteredNew { get; init; }

    /// <summary>Volunteers with certified service in the period.</summary>
    public long ActiveVolunteers { get; init; }

    public long CertifiedMinutes { get; init; }

    public long ServiceRecords { get; init; }

    public long TrainingMinutes { get; init; }

    public long TrainedVolunteers { get; init; }

    /// <summary>Per service area: activities starting in the period (Count) and certified minutes.</summary>
    public List<Figure> Categories { get; init; } = [];

    /// <summary>Registered volunteers per star level, 0 for none.</summary>
    public List<Figure> Stars { get; init; } = [];

    /// <summary>Active volunteers per age band at the period's end: under18, 18-35, 36-59, 60plus, unknown.</summary>
    public List<Figure> AgeBands { get; init; } = [];

    public List<OrganizationFigure> Organizations { get; init; } = [];
}
