using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Admin.Pages.Account;

/// <summary>The owner of an account sets their own password; other sessions of the account end with the new stamp.</summary>
public sealed class ChangePasswordModel(
    UserManager<AccountRecord> users,
    AccountSignInManager signInManager,
    IAuditLog audit,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.Password == Input.Current)
        {
            ModelState.AddModelError("Input.Password", localizer[PasswordPolicy.SameAsLogin]);
            return Page();
        }

        account.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(account, Input.Current, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                {
                    ModelState.AddModelError("Input.Current", localizer["ChangePassword.CurrentWrong"]);
                }
                else
                {
                    ModelState.AddModelError("Input.Password", localizer[error.Code, PasswordPolicy.MinimumLength]);
                }
            }

            return Page();
        }

        await audit.AppendAsync(new AuditEntry(time.GetUtcNow().UtcDateTime, account.Id, account.DisplayName, "account.password-changed", "account", account.Id, HttpContext.RemoteIp(), null));
        await signInManager.RefreshSignInAsync(account);
        TempData["StatusMessage"] = localizer["ChangePassword.Done"].Value;
        return LocalRedirect("/");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(PasswordPolicy.MaximumLength, ErrorMessage = "Validation.TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword.Current")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(PasswordPolicy.MaximumLength, ErrorMessage = "Validation.TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword.New")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Register.PasswordMismatch")]
        [Display(Name = "Register.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
