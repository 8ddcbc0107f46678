using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>Self-registration (A6.1, A12.1), built for a phone screen.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Registration)]
public sealed class RegisterModel(
    IGrainFactory grains,
    IRegionDirectory regions,
    IPasswordHasher<AccountRecord> hasher,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public VolunteerInput Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Register.Password")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "Register.PasswordMismatch")]
    [Display(Name = "Register.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";

    [BindProperty]
    [Display(Name = "Register.AcceptPrivacy")]
    public bool AcceptPrivacy { get; set; }

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.OperationId = Guid.NewGuid();
        Regions = await regions.ListAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Regions = await regions.ListAsync();
        if (!AcceptPrivacy)
        {
            ModelState.AddModelError(nameof(AcceptPrivacy), localizer["Register.PrivacyRequired"]);
        }

        if (PasswordPolicy.Check(Password, Input.Phone, Input.DocumentNumber) is { } weak)
        {
            ModelState.AddModelError(nameof(Password), localizer[weak, PasswordPolicy.MinimumLength]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The new volunteer acts for themselves; the operation id is also their key, so a repeated post is recognised.
        var volunteerId = Input.OperationId;
        var context = new CommandContext(
            Input.OperationId,
            new Actor(volunteerId.ToString(), localizer["Register.SelfActor"], Role.Volunteer, null, null, volunteerId),
            HttpContext.RemoteIp());
        var profile = await grains.GetGrain<IVolunteerGrain>(volunteerId).RegisterAsync(Input.ToCommand(hasher.HashPassword(new AccountRecord(), Password)), context);
        TempData["StatusMessage"] = localizer["Register.Done", profile.VolunteerNumber].Value;
        return RedirectToPage("/Account/Login");
    }
}
