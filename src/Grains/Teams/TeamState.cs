using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Teams;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable. Members are in team_members.</remarks>
[GenerateSerializer, Alias("vr.TeamState")]
public sealed class TeamState : ICommandState
{
    [Id(0)]
    public bool Exists { get; set; }

    [Id(1)]
    public Guid OrganizationId { get; set; }

    [Id(2)]
    public string Name { get; set; } = "";

    [Id(3)]
    public List<string> Intentions { get; set; } = [];

    [Id(4)]
    public Guid LeaderId { get; set; }

    [Id(5)]
    public int MemberCount { get; set; }

    [Id(6)]
    public DateTime CreatedUtc { get; set; }

    [Id(7)]
    public RecentOperations Operations { get; set; } = new();

    [Id(8)]
    public LastChange? LastChange { get; set; }
}
