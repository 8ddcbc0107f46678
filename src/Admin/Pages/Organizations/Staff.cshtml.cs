using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Jobs.Accounts;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>The organization admin (or its bureau) keeps the staff accounts: admins and recorders (A21).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class StaffModel(
    IGrainFactory grains,
    IAccountStore accounts,
    IPasswordHasher<AccountRecord> hasher,
    IStringLocalizer<SharedResource> localizer) : OrganizationPageModel(grains, localizer)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<AccountRecord> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.OperationId = Guid.NewGuid();
        return Page();
    }

    [RequiresRecentSignIn]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var password = InitialPassword.Create();
        return await ApplyAsync(id, async () =>
        {
            await Grains.GetGrain<IOrganizationGrain>(id).CreateStaffAccountAsync(
                new CreateStaffAccount(Input.UserName, Input.DisplayName, Input.Role, Input.CanUnmask, hasher.HashPassword(new AccountRecord(), password), Input.IdNumber),
                HttpContext.CommandContext(Input.OperationId));
            TempData["InitialPassword"] = password;
        });
    }

    public Task<IActionResult> OnPostToggleAsync(Guid id, string accountId, bool disable, Guid operationId) =>
        ApplyAsync(id, () => Grains.GetGrain<IOrganizationGrain>(id).SetStaffDisabledAsync(accountId, disable, HttpContext.CommandContext(operationId)));

    [RequiresRecentSignIn]
    public async Task<IActionResult> OnPostResetAsync(Guid id, string? accountId, Guid operationId)
    {
        var password = InitialPassword.Create();
        var result = await ApplyAsync(id, () => Grains.GetGrain<IOrganizationGrain>(id).ResetStaffPasswordAsync(
            accountId ?? "", hasher.HashPassword(new AccountRecord(), password), HttpContext.CommandContext(operationId)));
        if (result is RedirectToPageResult)
        {
            TempData["StatusMessage"] = Text["Staff.PasswordReset", password].Value;
        }

        return result;
    }

    [RequiresRecentSignIn]
    public async Task<IActionResult> OnPostResetSecondFactorAsync(Guid id, string? accountId, Guid operationId)
    {
        // Only a bureau resets a second factor; to anyone else the action is not there.
        if (!User.ToActor().IsBureau)
        {
            return NotFound();
        }

        var account = accountId is null ? null : await accounts.FindByIdAsync(accountId);
        var result = await ApplyAsync(id, () => Grains.GetGrain<IOrganizationGrain>(id).ResetStaffSecondFactorAsync(accountId ?? "", HttpContext.CommandContext(operationId)));
        if (result is RedirectToPageResult)
        {
            TempData["StatusMessage"] = Text["Accounts.SecondFactorReset", account?.UserName ?? ""].Value;
        }

        return result;
    }

    protected override bool RequiresAdministrator => true;

    protected override async Task LoadPageAsync(Guid id) => Accounts = await accounts.ListByOrganizationAsync(id.ToString());

    public sealed class InputModel : NewAccountInput
    {
        [Display(Name = "Staff.Role")]
        public Role Role { get; set; } = Role.Recorder;

        [StringLength(18, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Staff.IdNumber")]
        public string? IdNumber { get; set; }
    }
}
