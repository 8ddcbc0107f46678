using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Participants;

namespace VolunteerRecords.Admin.Pages.Activities;

/// <summary>A volunteer reads an activity, its risks (A9) and agreement (A16), and signs up or withdraws (A6.8).</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class ViewModel(IGrainFactory grains, IParticipantStore participants, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ActivityDetails? Activity { get; private set; }

    public string? OrganizationName { get; private set; }

    public ParticipantRow? Participation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostSignUpAsync(Guid id, bool accepts, Guid operationId) =>
        RunAsync(id, grain => grain.SignUpAsync(User.VolunteerId()!.Value, accepts, HttpContext.CommandContext(operationId)), "View.SignedUpDone");

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, string? notice, Guid operationId) =>
        RunAsync(id, grain => grain.WithdrawAsync(User.VolunteerId()!.Value, notice ?? "", HttpContext.CommandContext(operationId)), "View.WithdrawnDone");

    private async Task<IActionResult> RunAsync(Guid id, Func<IActivityGrain, Task> change, string done)
    {
        try
        {
            await change(grains.GetGrain<IActivityGrain>(id));
            TempData["StatusMessage"] = localizer[done].Value;
            return RedirectToPage(new { id });
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError("", localizer[exception.Code]);
            return await LoadAsync(id) ? Page() : NotFound();
        }
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
        Participation = await participants.FindAsync(id.ToString(), User.VolunteerId()!.Value.ToString());
        return true;
    }
}
