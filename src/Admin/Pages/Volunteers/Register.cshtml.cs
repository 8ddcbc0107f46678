using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>Self-registration (A6.1, A12.1), built for a phone screen.</summary>
[AllowAnonymous]
public sealed class RegisterModel(IGrainFactory grains, IPasswordHasher<AccountRecord> hasher, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet() => Input.OperationId = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Input.AcceptPrivacy)
        {
            ModelState.AddModelError("Input.AcceptPrivacy", localizer["Register.PrivacyRequired"]);
        }

        if (!PasswordPolicy.IsAcceptable(Input.Password))
        {
            ModelState.AddModelError("Input.Password", localizer["Register.PasswordWeak", PasswordPolicy.MinimumLength]);
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
        try
        {
            var profile = await grains.GetGrain<IVolunteerGrain>(volunteerId).RegisterAsync(
                new RegisterVolunteer(Input.Name, Input.Phone, hasher.HashPassword(new AccountRecord(), Input.Password), Input.Skills ?? "", Input.Intentions),
                context);
            TempData["StatusMessage"] = localizer["Register.Done", profile.VolunteerNumber].Value;
            return RedirectToPage("/Account/Login");
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError("", localizer[exception.Code]);
            return Page();
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        public Guid OperationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(VolunteerRules.MaxNameLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Volunteer.Name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [RegularExpression(@"^1[3-9]\d{9}$", ErrorMessage = "Volunteer.PhoneInvalid")]
        [Display(Name = "Volunteer.Phone")]
        public string Phone { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Register.Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Register.PasswordMismatch")]
        [Display(Name = "Register.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";

        [StringLength(VolunteerRules.MaxSkillsLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Volunteer.Skills")]
        public string? Skills { get; set; }

        public List<ServiceCategory> Intentions { get; set; } = [];

        [Display(Name = "Register.AcceptPrivacy")]
        public bool AcceptPrivacy { get; set; }
    }
}
