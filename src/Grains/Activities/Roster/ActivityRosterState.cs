using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Activities.Roster;

/// <remarks>
/// Stored as JSON with its type name: keep the name and namespace stable. The roster itself is rows
/// (<c>activity_participants</c>); this state only remembers which commands were carried out.
/// </remarks>
[GenerateSerializer, Alias("vr.ActivityRosterState")]
public sealed class ActivityRosterState : ICommandState
{
    [Id(0)]
    public RecentOperations Operations { get; set; } = new();

    [Id(1)]
    public LastChange? LastChange { get; set; }
}
