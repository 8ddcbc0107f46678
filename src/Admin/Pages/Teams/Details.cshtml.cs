using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Admin.Pages.Teams;

/// <summary>One team: leader, members, the activities it signed up for and its certified hours (A17).</summary>
[Authorize]
public sealed class DetailsModel(IGrainFactory grains, ITeamStore teams, IStringLocalizer<SharedResource> localizer) : PageModel
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

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostJoinAsync(Guid id, Guid operationId) =>
        RunAsync(id, team => team.JoinAsync(User.VolunteerId() ?? Guid.Empty, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostLeaveAsync(Guid id, Guid volunteerId, Guid operationId) =>
        RunAsync(id, team => team.LeaveAsync(volunteerId, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostHandOverAsync(Guid id, Guid volunteerId, Guid operationId) =>
        RunAsync(id, team => team.HandOverAsync(volunteerId, HttpContext.CommandContext(operationId)));

    private async Task<IActionResult> RunAsync(Guid id, Func<ITeamGrain, Task> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            await change(grains.GetGrain<ITeamGrain>(id));
            TempData["StatusMessage"] = localizer["Common.Saved"].Value;
            return RedirectToPage(new { id });
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError("", localizer[exception.Code]);
            return Page();
        }
    }

    /// <returns>false unless the user is staff of the team's organization or a member of that organization.</returns>
    private async Task<bool> LoadAsync(Guid id)
    {
        Team = await grains.GetGrain<ITeamGrain>(id).GetDetailsAsync();
        var organization = Team is null ? null : await grains.GetGrain<IOrganizationGrain>(Team.OrganizationId).GetProfileAsync();
        if (organization is null)
        {
            return false;
        }

        IsStaff = User.ToActor().ActsFor(organization.Id, organization.RegionCode);
        Me = User.VolunteerId();
        if (!IsStaff && !(Me is { } me && (await grains.Membership(me, organization.Id).GetAsync()).Status == MembershipStatus.Member))
        {
            return false;
        }

        OrganizationName = organization.Name;
        Members = await teams.MembersAsync(id.ToString());
        CertifiedMinutes = await teams.CertifiedMinutesAsync(id.ToString());
        var activities = await Task.WhenAll((await teams.ActivitiesAsync(id.ToString())).Select(a => grains.GetGrain<IActivityGrain>(Guid.Parse(a)).GetDetailsAsync()));
        Activities = [.. activities.OfType<ActivityDetails>()];
        return true;
    }
}
