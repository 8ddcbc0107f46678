namespace VolunteerRecords.Storage.Activities;

/// <summary>The list projection of an activity grain; the grain is the source of truth.</summary>
public sealed class ActivityRow
{
    public string Id { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Title { get; init; } = "";

    public string Category { get; init; } = "";

    /// <summary>Stored by name, as the lists' queries and indexes read it.</summary>
    public Grains.Activities.ActivityStatus Status { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime UpdatedUtc { get; init; }

    public DateTime? FirstStartUtc { get; init; }

    public DateTime? LastEndUtc { get; init; }

    public DateTime? EndedUtc { get; init; }

    /// <summary>The last day (China time) for entering its records; set once the activity has ended.</summary>
    public DateOnly? RecordsDue { get; init; }

    /// <summary>Filled by the open-activities query.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The service project the activity carries out (A19.2), if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The service base the activity is held at (A19.4), if any.</summary>
    public string? BaseId { get; init; }
}
