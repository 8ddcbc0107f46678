using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Teams;

/// <summary>A volunteer service team (A17), keyed by a random Guid.</summary>
[Alias("vr.ITeamGrain")]
public interface ITeamGrain : IGrainWithGuidKey
{
    /// <summary>Formed by a member of the organization, who leads it, or by the organization's staff naming a member as leader.</summary>
    [Alias("Create")]
    Task<TeamDetails> CreateAsync(CreateTeam command, CommandContext context);

    /// <summary>A member of the organization joins.</summary>
    [Alias("Join")]
    Task<TeamDetails> JoinAsync(Guid volunteerId, CommandContext context);

    /// <summary>A member leaves, or the leader or the organization's staff take them off; the leader hands over first.</summary>
    [Alias("Leave")]
    Task<TeamDetails> LeaveAsync(Guid volunteerId, CommandContext context);

    /// <summary>The leader or the organization's staff hand the lead to another member.</summary>
    [Alias("HandOver")]
    Task<TeamDetails> HandOverAsync(Guid volunteerId, CommandContext context);

    /// <returns>null while no team was formed under this key.</returns>
    [AlwaysInterleave]
    [Alias("GetDetails")]
    Task<TeamDetails?> GetDetailsAsync();
}
