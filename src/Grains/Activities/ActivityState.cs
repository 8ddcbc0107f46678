using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Activities;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.ActivityState")]
public sealed class ActivityState
{
    [Id(0)]
    public bool Exists { get; set; }

    [Id(1)]
    public Guid OrganizationId { get; set; }

    [Id(2)]
    public string Title { get; set; } = "";

    [Id(3)]
    public ServiceCategory Category { get; set; }

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
}
