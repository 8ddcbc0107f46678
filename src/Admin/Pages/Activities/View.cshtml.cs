using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Pages.Teams;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Activities.Attendance;
using VolunteerRecords.Grains.Activities.Roster;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Admin.Pages.Activities;

/// <summary>A volunteer reads an activity, its risks (A9) and agreement (A16), and signs up or withdraws (A6.8).</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class ViewModel(
    IGrainFactory grains,
    IParticipantStore participants,
    IServiceClaimStore claims,
    ITeamStore teams,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ActivityDetails? Activity { get; private set; }

    public string? OrganizationName { get; private set; }

    public ParticipantRow? Participation { get; private set; }

    /// <summary>Teams the volunteer leads, which may sign up as a group where groups are welcome (A8).</summary>
    public IReadOnlyList<TeamDetails> LedTeams { get; private set; } = [];

    public IReadOnlyList<TeamSignUpResult> TeamResults { get; private set; } = [];

    public IReadOnlyList<TeamMemberRow> TeamMembers { get; private set; } = [];

    /// <summary>The volunteer's claims for this activity's sessions.</summary>
    public IReadOnlyList<ServiceClaimRow> Claims { get; private set; } = [];

    /// <summary>Sessions already over that a rostered volunteer may claim hours for while records are open (A13).</summary>
    public IReadOnlyList<ActivitySession> ClaimableSessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostSignUpAsync(Guid id, bool accepts, Guid operationId) =>
        RunAsync(id, () => grains.GetGrain<IActivityRosterGrain>(id).SignUpAsync(User.VolunteerId()!.Value, accepts, HttpContext.CommandContext(operationId)), "View.SignedUpDone");

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, string? notice, Guid operationId) =>
        RunAsync(id, () => grains.GetGrain<IActivityRosterGrain>(id).WithdrawAsync(User.VolunteerId()!.Value, notice ?? "", HttpContext.CommandContext(operationId)), "View.WithdrawnDone");

    public async Task<IActionResult> OnPostSignUpTeamAsync(Guid id, Guid teamId, bool accepts, Guid operationId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        TeamResults = await grains.GetGrain<IActivityRosterGrain>(id).SignUpTeamAsync(teamId, accepts, HttpContext.CommandContext(operationId));
        TeamMembers = await teams.MembersAsync(teamId.ToString());

        return Page();
    }

    public async Task<IActionResult> OnPostClaimAsync(
        Guid id, Guid sessionId, DateOnly? day, TimeOnly? from, TimeOnly? to, int? deducted, string? proofName, string? proofContact, string? proofNote, Guid operationId)
    {
        if (!new ServiceTimesInput(day, from, to, deducted).TryRead(out var start, out var end, out var minutes))
        {
            ModelState.AddModelError("", localizer["Correction.TimesRequired"]);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var claim = new HoursClaim(sessionId, start, end, minutes, new ServiceProof(proofName ?? "", proofContact, proofNote));
        return await RunAsync(id, () => grains.GetGrain<IActivityAttendanceGrain>(id).ClaimHoursAsync(User.VolunteerId()!.Value, claim, HttpContext.CommandContext(operationId)), "View.ClaimedDone");
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> change, string done)
    {
        await change();
        TempData["StatusMessage"] = localizer[done].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Activity = await grains.GetGrain<IActivityGrain>(id).GetDetailsAsync();
        // Drafts are the organization's own business: a volunteer sees an activity once it is published.
        if (Activity is null || Activity.Status == ActivityStatus.Draft)
        {
            return false;
        }

        OrganizationName = (await grains.GetGrain<IOrganizationGrain>(Activity.OrganizationId).GetProfileAsync())?.Name;
        var volunteer = User.VolunteerId()!.Value.ToString();
        LedTeams = await TeamLeadership.LedByAsync(grains, teams, User.VolunteerId()!.Value);
        Participation = await participants.FindAsync(id.ToString(), volunteer);
        // A cancelled activity stays visible to those who had signed up, to tell them; for anyone else it is gone.
        if (Activity.Status == ActivityStatus.Cancelled && Participation is null)
        {
            return false;
        }

        Claims = [.. (await claims.ForVolunteerAsync(volunteer, 50)).Where(c => c.ActivityId == id.ToString())];
        var now = time.GetUtcNow().UtcDateTime;
        ClaimableSessions = Participation?.Status == ParticipantStatus.Confirmed
            && Activity.Status is ActivityStatus.InProgress or ActivityStatus.Ended
            ? [.. (Activity.Sessions ?? []).Where(s => s.EndUtc <= now)]
            : [];
        return true;
    }
}
