using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Matching;

namespace VolunteerRecords.Admin.Pages.Activities;

[Authorize(Policy = Policies.Staff)]
public sealed class CreateModel(IGrainFactory grains, IMatchingStore matching, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The organization's projects and service bases an activity can carry out and be held at (A19).</summary>
    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];

    public IReadOnlyList<ServiceBaseRow> Bases { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? OrganizationName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organizationId)
    {
        var organization = await grains.ActedForByAsync(organizationId, User.ToActor());
        if (organization is null)
        {
            return NotFound();
        }

        OrganizationName = organization.Name;
        Input = new InputModel { OperationId = Guid.NewGuid(), OrganizationId = organizationId };
        await LoadLinksAsync(organizationId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The form names the organization: outside the user's scope it, its projects and its bases do not exist.
        var organization = await grains.ActedForByAsync(Input.OrganizationId, User.ToActor());
        if (organization is null)
        {
            return NotFound();
        }

        OrganizationName = organization.Name;
        await LoadLinksAsync(Input.OrganizationId);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var activity = await grains.GetGrain<IActivityGrain>(Input.OperationId).CreateDraftAsync(
            new CreateActivityDraft(Input.OrganizationId, Input.Title, Input.Category!, Input.Description ?? "", Input.Place, Input.ProjectId, Input.BaseId),
            HttpContext.CommandContext(Input.OperationId));
        TempData["StatusMessage"] = localizer["Activities.Created", activity.Title].Value;
        return RedirectToPage("Details", new { id = activity.Id });
    }

    private async Task LoadLinksAsync(Guid organizationId)
    {
        Projects = [.. (await matching.ProjectsAsync(organizationId.ToString())).Where(p => p.Status != "Completed")];
        Bases = await matching.BasesAsync(organizationId.ToString());
    }

    public sealed class InputModel
    {
        public Guid? ProjectId { get; set; }

        public Guid? BaseId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        public Guid OperationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        public Guid OrganizationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(ActivityRules.MaxTitleLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Activity.Title")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Activity.Category")]
        public string? Category { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(ActivityRules.MaxPlaceLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Activity.Place")]
        public string Place { get; set; } = "";

        [StringLength(ActivityRules.MaxDescriptionLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Activity.Description")]
        public string? Description { get; set; }
    }
}
