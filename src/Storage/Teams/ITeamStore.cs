namespace VolunteerRecords.Storage.Teams;

public interface ITeamStore
{
    Task UpsertAsync(TeamRow team, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TeamRow>> ForOrganizationAsync(string organizationId, CancellationToken cancellationToken = default);

    /// <returns>false when the volunteer is in the team already.</returns>
    Task<bool> JoinAsync(string teamId, string volunteerId, DateTime atUtc, CancellationToken cancellationToken = default);

    /// <returns>false when the volunteer was not in the team.</returns>
    Task<bool> LeaveAsync(string teamId, string volunteerId, DateTime atUtc, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TeamMemberRow>> MembersAsync(string teamId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TeamMemberRow>> TeamsOfAsync(string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>The team's certified minutes: its members' current entries in activities the team signed up for.</summary>
    Task<long> CertifiedMinutesAsync(string teamId, CancellationToken cancellationToken = default);

    /// <summary>Ids of the activities the team signed up for.</summary>
    Task<IReadOnlyList<string>> ActivitiesAsync(string teamId, CancellationToken cancellationToken = default);
}
