using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Admin.Pages.Teams;

/// <summary>One team: leader, members, the activities it signed up for and its certified hours (A17).</summary>
[Authorize]
public sealed class DetailsModel(IGrainFactory grains, ITeamStore teams, IStringLocalizer<SharedResource> localizer) : GrainPageModel(localizer)
{
    public TeamDetails? Team { get; private set; }

    public string? OrganizationName { get; private set; }

    public IReadOnlyList<TeamMemberRow> Members { get; private set; } = [];

    public IReadOnlyList<ActivityDetails> Activities { get; private set; } = [];

    public long CertifiedMinutes { get; private set; }

    public bool IsStaff { get; private set; }

    public Guid? Me { get; private set; }

    public bool IsLeader => Team is not null && Me == Team.LeaderId;

    public bool IsMember => Me is { } me && Members.Any(m => m.VolunteerId == me.ToString());

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostJoinAsync(Guid id, Guid operationId) =>
        ChangeAsync(id, () => grains.GetGrain<ITeamGrain>(id).JoinAsync(User.VolunteerId() ?? Guid.Empty, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostLeaveAsync(Guid id, Guid volunteerId, Guid operationId) =>
        ChangeAsync(id, () => grains.GetGrain<ITeamGrain>(id).LeaveAsync(volunteerId, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostHandOverAsync(Guid id, Guid volunteerId, Guid operationId) =>
        ChangeAsync(id, () => grains.GetGrain<ITeamGrain>(id).HandOverAsync(volunteerId, HttpContext.CommandContext(operationId)));

    /// <returns>false unless the user is staff of the team's organization or a member of that organization.</returns>
    protected override async Task<bool> LoadAsync(Guid id)
    {
        Team = await grains.GetGrain<ITeamGrain>(id).GetDetailsAsync();
        var organization = Team is null ? null : await grains.GetGrain<IOrganizationGrain>(Team.OrganizationId).GetProfileAsync();
        if (organization is null)
        {
            return false;
        }

        if (!await OrganizationAudience.IncludesAsync(grains, User, organization.Id))
        {
            return false;
        }

        IsStaff = User.ToActor().ActsFor(organization.Id, organization.RegionCode);
        Me = User.VolunteerId();

        OrganizationName = organization.Name;
        Members = await teams.MembersAsync(id.ToString());
        CertifiedMinutes = await teams.CertifiedMinutesAsync(id.ToString());
        var activities = await Task.WhenAll((await teams.ActivitiesAsync(id.ToString())).Select(a => grains.GetGrain<IActivityGrain>(Guid.Parse(a)).GetDetailsAsync()));
        Activities = [.. activities.OfType<ActivityDetails>()];
        return true;
    }
}
