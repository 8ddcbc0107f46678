using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Admin.Pages.Account;

/// <summary>Proving again who one is before revealing ID numbers, opening accounts, the national export or a new phone.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ConfirmModel(
    UserManager<AccountRecord> users,
    AccountSignInManager signInManager,
    IAuditLog audit,
    IOptions<SecurityOptions> security,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool AsksForCode { get; private set; }

    public int WindowMinutes => (int)security.Value.RecentSignInWindow.TotalMinutes;

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return NotFound();
        }

        AsksForCode = account.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return NotFound();
        }

        AsksForCode = account.TwoFactorEnabled;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var proven = await signInManager.ReconfirmAsync(account, Input.Password, Input.Code);
        await audit.AppendAsync(new AuditEntry(
            time.GetUtcNow().UtcDateTime, account.Id, account.DisplayName, proven ? "account.reconfirmed" : "account.reconfirm-failed", "account", account.Id, HttpContext.RemoteIp(), null));
        if (!proven)
        {
            ModelState.AddModelError("", localizer[AsksForCode ? "Confirm.FailedWithCode" : "Confirm.Failed"]);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(PasswordPolicy.MaximumLength, ErrorMessage = "Validation.TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string Password { get; set; } = "";

        [StringLength(16, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "SecondFactor.Code")]
        public string? Code { get; set; }
    }
}
