using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Memberships;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>Applications to confirm or decline, and the current members (A12).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MembersModel(IGrainFactory grains, IMembershipStore memberships, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Guid OrganizationId { get; private set; }

    public string? OrganizationName { get; private set; }

    public Page<MembershipRow> Pending { get; private set; } = new([], 0, 1, 100);

    public Page<MembershipRow> Members { get; private set; } = new([], 0, 1, 50);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostConfirmAsync(Guid id, Guid volunteerId, Guid operationId) =>
        RunAsync(id, grains.Membership(volunteerId, id).ConfirmAsync(HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostDeclineAsync(Guid id, Guid volunteerId, string? reason, Guid operationId) =>
        RunAsync(id, grains.Membership(volunteerId, id).DeclineAsync(reason ?? "", HttpContext.CommandContext(operationId)));

    private async Task<IActionResult> RunAsync(Guid id, Task<MembershipInfo> change)
    {
        try
        {
            await change;
            TempData["StatusMessage"] = localizer["Common.Saved"].Value;
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
        var organization = await grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync();
        if (organization is null || !User.ToActor().ActsFor(organization.Id, organization.RegionCode))
        {
            return false;
        }

        OrganizationId = id;
        OrganizationName = organization.Name;
        Pending = await memberships.ListForOrganizationAsync(id.ToString(), nameof(MembershipStatus.Pending), 1, 100);
        Members = await memberships.ListForOrganizationAsync(id.ToString(), nameof(MembershipStatus.Member), PageNumber, 50);
        return true;
    }
}
