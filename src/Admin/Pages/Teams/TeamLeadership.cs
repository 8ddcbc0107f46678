using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Admin.Pages.Teams;

/// <summary>The teams a volunteer leads: they sign up for activities and claim projects on the team's behalf.</summary>
public static class TeamLeadership
{
    public static async Task<IReadOnlyList<TeamDetails>> LedByAsync(IGrainFactory grains, ITeamStore teams, Guid volunteer)
    {
        var memberOf = await teams.TeamsOfAsync(volunteer.ToString());
        var details = await Task.WhenAll(memberOf.Select(m => grains.GetGrain<ITeamGrain>(Guid.Parse(m.TeamId)).GetDetailsAsync()));
        return [.. details.OfType<TeamDetails>().Where(t => t.LeaderId == volunteer)];
    }
}
