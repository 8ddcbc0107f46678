using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Memberships;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable. History lives in membership_events.</remarks>
[GenerateSerializer, Alias("vr.MembershipState")]
public sealed class MembershipState : ICommandState
{
    [Id(0)]
    public MembershipStatus Status { get; set; }

    [Id(1)]
    public DateTime? SinceUtc { get; set; }

    [Id(2)]
    public bool ShareRecords { get; set; }

    [Id(3)]
    public LastChange? LastChange { get; set; }

    [Id(4)]
    public RecentOperations Operations { get; set; } = new();
}
