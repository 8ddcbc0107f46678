using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Pages.Organizations;

[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(IGrainFactory grains, IStringLocalizer<SharedResource> localizer) : OrganizationPageModel(grains, localizer)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var organization = Organization!;
        Input = new InputModel
        {
            OperationId = Guid.NewGuid(),
            Name = organization.Name,
            CreditCode = organization.CreditCode,
            ContactName = organization.ContactName,
            ContactPhone = organization.ContactPhone,
        };
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

        return await ApplyAsync(
            id,
            () => Grains.GetGrain<IOrganizationGrain>(id).UpdateAsync(
                new UpdateOrganization(Input.Name, Input.CreditCode, Input.ContactName ?? "", Input.ContactPhone ?? ""),
                HttpContext.CommandContext(Input.OperationId)),
            () => RedirectToPage("Details", new { id }));
    }

    protected override bool RequiresAdministrator => true;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        public Guid OperationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(OrganizationRules.MaxNameLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Organization.Name")]
        public string Name { get; set; } = "";

        [Display(Name = "Organization.CreditCode")]
        public string? CreditCode { get; set; }

        [StringLength(OrganizationRules.MaxContactNameLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Organization.ContactName")]
        public string? ContactName { get; set; }

        [StringLength(20, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Organization.ContactPhone")]
        public string? ContactPhone { get; set; }
    }
}
