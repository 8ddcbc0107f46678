using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>The signed-in volunteer's own profile, read from their grain (A5.5).</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class MeModel(IGrainFactory grains, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public VolunteerProfile? Profile { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Profile = await LoadAsync();
        if (Profile is null)
        {
            return NotFound();
        }

        Input = new InputModel { OperationId = Guid.NewGuid(), Skills = Profile.Skills, Intentions = [.. Profile.Intentions] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Profile = await LoadAsync();
        if (Profile is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await grains.GetGrain<IVolunteerGrain>(Profile.Id).UpdateServiceProfileAsync(Input.Skills ?? "", Input.Intentions, HttpContext.CommandContext(Input.OperationId));
            TempData["StatusMessage"] = localizer["Me.Saved"].Value;
            return RedirectToPage();
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError("", localizer[exception.Code]);
            return Page();
        }
    }

    private Task<VolunteerProfile?> LoadAsync() =>
        User.VolunteerId() is { } id ? grains.GetGrain<IVolunteerGrain>(id).GetProfileAsync() : Task.FromResult<VolunteerProfile?>(null);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        public Guid OperationId { get; set; }

        [StringLength(VolunteerRules.MaxSkillsLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Volunteer.Skills")]
        public string? Skills { get; set; }

        public List<ServiceCategory> Intentions { get; set; } = [];
    }
}
