using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Memberships;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>Applications to confirm or decline, and the current members (A12).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MembersModel(IGrainFactory grains, IMembershipStore memberships, IStringLocalizer<SharedResource> localizer)
    : OrganizationPageModel(grains, localizer)
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<MembershipRow> Pending { get; private set; } = new([], 0, 1, 100);

    public Page<MembershipRow> Members { get; private set; } = new([], 0, 1, 50);

    /// <summary>Invitations not yet answered: only when they were sent, nothing of the person (A23).</summary>
    public Page<MembershipRow> Invitations { get; private set; } = new([], 0, 1, 100);

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostConfirmAsync(Guid id, Guid volunteerId, Guid operationId) =>
        ApplyAsync(id, () => Grains.Membership(volunteerId, id).ConfirmAsync(HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostDeclineAsync(Guid id, Guid volunteerId, string? reason, Guid operationId) =>
        ApplyAsync(id, () => Grains.Membership(volunteerId, id).DeclineAsync(reason ?? "", HttpContext.CommandContext(operationId)));

    protected override async Task LoadPageAsync(Guid id)
    {
        Pending = await memberships.ListForOrganizationAsync(id.ToString(), MembershipStatus.Pending, 1, 100);
        Members = await memberships.ListForOrganizationAsync(id.ToString(), MembershipStatus.Member, PageNumber, 50);
        Invitations = await memberships.ListForOrganizationAsync(id.ToString(), MembershipStatus.Invited, 1, 100);
    }
}
