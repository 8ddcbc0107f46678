using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Activities;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.ActivityState")]
public sealed class ActivityState : ICommandState
{
    [Id(0)]
    public bool Exists { get; set; }

    [Id(1)]
    public Guid OrganizationId { get; set; }

    [Id(2)]
    public string Title { get; set; } = "";

    [Id(3)]
    public string Category { get; set; } = "";

    [Id(4)]
    public string Description { get; set; } = "";

    [Id(5)]
    public string Place { get; set; } = "";

    [Id(6)]
    public ActivityStatus Status { get; set; }

    [Id(7)]
    public DateTime CreatedUtc { get; set; }

    [Id(8)]
    public RecentOperations Operations { get; set; } = new();

    [Id(9)]
    public LastChange? LastChange { get; set; }

    /// <summary>Bounded by <see cref="ActivityRules.MaxSessions"/>; the roster itself is rows in activity_participants.</summary>
    [Id(10)]
    public List<ActivitySession> Sessions { get; set; } = [];

    [Id(11)]
    public RecruitmentSettings Recruitment { get; set; } = new(false, false, false, 1, null);

    [Id(12)]
    public string Risks { get; set; } = "";

    [Id(13)]
    public string Agreement { get; set; } = "";

    [Id(14)]
    public bool MajorEvent { get; set; }

    [Id(15)]
    public InsurancePolicy? Insurance { get; set; }

    // Ids 16 and 17 are retired, never to be reused: the place in line is now read from the roster rows.

    [Id(18)]
    public DateTime? EndedUtc { get; set; }

    [Id(19)]
    public string? CancelReason { get; set; }

    /// <summary>The service project the activity carries out (A19.2).</summary>
    [Id(20)]
    public Guid? ProjectId { get; set; }

    /// <summary>The service base it is held at (A19.4).</summary>
    [Id(21)]
    public Guid? BaseId { get; set; }

    /// <summary>Sessions taken off the plan when the activity was ended before they were held.</summary>
    [Id(22)]
    public List<ActivitySession> CancelledSessions { get; set; } = [];

    /// <summary>Why it was ended before every session was held.</summary>
    [Id(23)]
    public string? EndReason { get; set; }

    /// <summary>Why the records were closed with nobody certified.</summary>
    [Id(24)]
    public string? NoServiceReason { get; set; }
}
