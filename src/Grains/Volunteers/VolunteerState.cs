using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Volunteers;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable. Identifiers are stored encrypted.</remarks>
[GenerateSerializer, Alias("vr.VolunteerState")]
public sealed class VolunteerState
{
    [Id(0)]
    public bool IsRegistered { get; set; }

    [Id(1)]
    public string VolunteerNumber { get; set; } = "";

    [Id(2)]
    public string Name { get; set; } = "";

    [Id(3)]
    public string ProtectedPhone { get; set; } = "";

    [Id(4)]
    public string Skills { get; set; } = "";

    [Id(5)]
    public List<ServiceCategory> Intentions { get; set; } = [];

    [Id(6)]
    public DateTime RegisteredUtc { get; set; }

    [Id(7)]
    public RecentOperations Operations { get; set; } = new();
}
