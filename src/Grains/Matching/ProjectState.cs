using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Matching;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.ProjectState")]
public sealed class ProjectState : ICommandState
{
    [Id(0)]
    public ProjectPlan? Plan { get; set; }

    [Id(1)]
    public string Status { get; set; } = "";

    [Id(2)]
    public Guid? TeamId { get; set; }

    [Id(3)]
    public string? Summary { get; set; }

    [Id(4)]
    public DateTime CreatedUtc { get; set; }

    [Id(5)]
    public RecentOperations Operations { get; set; } = new();

    [Id(6)]
    public LastChange? LastChange { get; set; }
}
