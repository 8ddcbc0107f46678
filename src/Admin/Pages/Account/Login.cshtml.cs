using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Admin.Security;

namespace VolunteerRecords.Admin.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class LoginModel(SignInService signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.SignInAsync(HttpContext, Input.Login, Input.Password);
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("", localizer["Login.LockedOut", result.LockedUntilUtc!.Value.ToChinaTime()]);
                break;
            case SignInOutcome.Disabled:
                ModelState.AddModelError("", localizer["Login.Disabled"]);
                break;
            default:
                ModelState.AddModelError("", localizer["Login.Invalid"]);
                break;
        }

        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(64, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Login.Login")]
        public string Login { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(128, ErrorMessage = "Validation.TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string Password { get; set; } = "";
    }
}
