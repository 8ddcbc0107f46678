using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>The organization admin (or its bureau) keeps the staff accounts: admins and recorders (A21).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class StaffModel(
    IGrainFactory grains,
    IAccountStore accounts,
    IPasswordHasher<AccountRecord> hasher,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid OrganizationId { get; private set; }

    public string? OrganizationName { get; private set; }

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
        return await RunAsync(id, async grain =>
        {
            await grain.CreateStaffAccountAsync(
                new CreateStaffAccount(Input.UserName, Input.DisplayName, Input.Role, Input.CanUnmask, hasher.HashPassword(new AccountRecord(), password)),
                HttpContext.CommandContext(Input.OperationId));
            TempData["InitialPassword"] = password;
        });
    }

    public Task<IActionResult> OnPostToggleAsync(Guid id, string accountId, bool disable, Guid operationId) =>
        RunAsync(id, grain => grain.SetStaffDisabledAsync(accountId, disable, HttpContext.CommandContext(operationId)));

    private async Task<IActionResult> RunAsync(Guid id, Func<IOrganizationGrain, Task> change)
    {
        try
        {
            await change(grains.GetGrain<IOrganizationGrain>(id));
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
        if (organization is null || !User.ToActor().AdministersFor(organization.Id, organization.RegionCode))
        {
            return false;
        }

        OrganizationId = id;
        OrganizationName = organization.Name;
        Accounts = await accounts.ListByOrganizationAsync(id.ToString());
        return true;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        public Guid OperationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(32, MinimumLength = 3, ErrorMessage = "Organization.StaffUserNameInvalid")]
        [Display(Name = "Staff.UserName")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(OrganizationRules.MaxContactNameLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Staff.DisplayName")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "Staff.Role")]
        public Role Role { get; set; } = Role.Recorder;

        public bool CanUnmask { get; set; }
    }
}
