using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Matching;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.NeedState")]
public sealed class NeedState : ICommandState
{
    [Id(0)]
    public PublishNeed? Need { get; set; }

    /// <summary>Open, or Taken once a project is made from it.</summary>
    [Id(1)]
    public string Status { get; set; } = "";

    [Id(2)]
    public Guid? ProjectId { get; set; }

    [Id(3)]
    public DateTime PublishedUtc { get; set; }

    [Id(4)]
    public RecentOperations Operations { get; set; } = new();

    [Id(5)]
    public LastChange? LastChange { get; set; }
}
