using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Pages.Teams;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Matching;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Admin.Pages.Projects;

/// <summary>
/// A service project: its plan, the team that claimed it, and what its activities add up to (A19.2, A19.3); for the
/// organization's staff, its bureaus and its members only.
/// </summary>
[Authorize]
public sealed class DetailsModel(IGrainFactory grains, IMatchingStore store, ITeamStore teams, IStringLocalizer<SharedResource> localizer) : GrainPageModel(localizer)
{
    public ProjectDetails? Project { get; private set; }

    public ServiceRollup? Rollup { get; private set; }

    public IReadOnlyList<ActivityRow> Activities { get; private set; } = [];

    /// <summary>Teams the signed-in volunteer leads: they may claim an open project.</summary>
    public IReadOnlyList<TeamDetails> LedTeams { get; private set; } = [];

    public string? TeamName { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostClaimAsync(Guid id, Guid teamId, Guid operationId) =>
        ChangeAsync(id, () => grains.GetGrain<IProjectGrain>(id).ClaimAsync(teamId, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostCompleteAsync(Guid id, string? summary, Guid operationId) =>
        ChangeAsync(id, () => grains.GetGrain<IProjectGrain>(id).CompleteAsync(summary ?? "", HttpContext.CommandContext(operationId)));

    protected override async Task<bool> LoadAsync(Guid id)
    {
        var project = await grains.GetGrain<IProjectGrain>(id).GetAsync();
        if (project is null || !await OrganizationAudience.IncludesAsync(grains, User, project.Plan.OrganizationId))
        {
            return false;
        }

        Project = project;

        Rollup = await store.RollupAsync("project_id", id.ToString());
        Activities = await store.LinkedActivitiesAsync("project_id", id.ToString());
        TeamName = Project.TeamId is { } team ? (await grains.GetGrain<ITeamGrain>(team).GetDetailsAsync())?.Name : null;
        LedTeams = User.VolunteerId() is { } me ? await TeamLeadership.LedByAsync(grains, teams, me) : [];

        return true;
    }
}
