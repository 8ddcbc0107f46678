using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Pages.Account;

/// <summary>The second sign-in step: the password was right, now the authenticator's code or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class SecondFactorModel(SignInService signIn, AccountSignInManager signInManager, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await signIn.SecondFactorAsync(HttpContext, Input.Code, Input.IsRecoveryCode))
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            default:
                // Past its five minutes the password step is gone too: start again from the password.
                if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
                {
                    TempData["StatusMessage"] = localizer["SecondFactor.Expired"].Value;
                    return RedirectToPage("/Account/Login");
                }

                ModelState.AddModelError("", localizer["SecondFactor.Failed"]);
                return Page();
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(32, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "SecondFactor.Code")]
        public string Code { get; set; } = "";

        [Display(Name = "SecondFactor.UseRecoveryCode")]
        public bool IsRecoveryCode { get; set; }
    }
}
