using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Training;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Training;
using VolunteerRecords.Grains.Memberships;

namespace VolunteerRecords.Admin.Pages.Trainings;

/// <summary>One training: what it covered and, once held, the attendance list the organization confirms with the provider's proof (A14).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(
    IGrainFactory grains,
    ITrainingStore trainings,
    IMembershipStore memberships,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public TrainingDetails? Training { get; private set; }

    public string? OrganizationName { get; private set; }

    public IReadOnlyList<TrainingRecord> Attendees { get; private set; } = [];

    /// <summary>Members not yet confirmed: the attendance list to tick.</summary>
    public IReadOnlyList<MembershipRow> Candidates { get; private set; } = [];

    /// <summary>Names of volunteers the last list could not confirm, with the rule.</summary>
    public IReadOnlyList<(string Name, string Code)> Refused { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, List<Guid> volunteers, string? proofName, string? proofNote, Guid operationId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var results = await grains.GetGrain<ITrainingGrain>(id).ConfirmAttendanceAsync(
            volunteers, new ServiceProof(proofName ?? "", null, proofNote), HttpContext.CommandContext(operationId));
        var names = Candidates.ToDictionary(c => c.VolunteerId, c => c.VolunteerName ?? c.VolunteerId);
        var refused = results.Where(r => !r.Confirmed).Select(r => (names.GetValueOrDefault(r.VolunteerId.ToString(), r.VolunteerId.ToString()), r.ErrorCode!)).ToList();
        if (refused.Count == 0)
        {
            TempData["StatusMessage"] = localizer["Training.ConfirmedDone", results.Count].Value;
            return RedirectToPage(new { id });
        }

        await LoadAsync(id);
        Refused = refused;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Training = await grains.GetGrain<ITrainingGrain>(id).GetDetailsAsync();
        var organization = Training is null ? null : await grains.ActedForByAsync(Training.OrganizationId, User.ToActor());
        if (organization is null)
        {
            return false;
        }

        OrganizationName = organization.Name;
        Attendees = await trainings.AttendeesAsync(id.ToString());
        var confirmed = Attendees.Select(a => a.VolunteerId).ToHashSet();
        var members = await memberships.ListForOrganizationAsync(organization.Id.ToString(), MembershipStatus.Member, 1, TrainingRules.MaxAttendeesPerList);
        Candidates = [.. members.Items.Where(m => !confirmed.Contains(m.VolunteerId))];
        return true;
    }
}
