using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Admin.Pages.Account;

/// <summary>The owner of an account sets their own password; other sessions of the account end.</summary>
public sealed class ChangePasswordModel(
    IAccountStore accounts,
    IPasswordHasher<AccountRecord> hasher,
    SignInService signIn,
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
        var account = await accounts.FindByIdAsync(User.AccountId());
        if (account is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (hasher.VerifyHashedPassword(account, account.PasswordHash, Input.Current) == PasswordVerificationResult.Failed)
        {
            ModelState.AddModelError("Input.Current", localizer["ChangePassword.CurrentWrong"]);
            return Page();
        }

        var weak = Input.Password == Input.Current ? PasswordPolicy.SameAsLogin : PasswordPolicy.Check(Input.Password, account.UserName, User.Identity?.Name);
        if (weak is not null)
        {
            ModelState.AddModelError("Input.Password", localizer[weak, PasswordPolicy.MinimumLength]);
            return Page();
        }

        await accounts.ChangePasswordAsync(account.Id, hasher.HashPassword(account, Input.Password));
        await audit.AppendAsync(new AuditEntry(time.GetUtcNow().UtcDateTime, account.Id, account.DisplayName, "account.password-changed", "account", account.Id, HttpContext.RemoteIp(), null));
        await signIn.RefreshAsync(HttpContext, account.Id);
        TempData["StatusMessage"] = localizer["ChangePassword.Done"].Value;
        return LocalRedirect("/");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword.Current")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
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
