using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;

namespace VolunteerRecords.Admin.Pages.Organizations;

[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(IGrainFactory grains, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? OrganizationName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var organization = await LoadAsync(id);
        if (organization is null)
        {
            return NotFound();
        }

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
        if (await LoadAsync(id) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await grains.GetGrain<IOrganizationGrain>(id).UpdateAsync(
                new UpdateOrganization(Input.Name, Input.CreditCode, Input.ContactName ?? "", Input.ContactPhone ?? ""),
                HttpContext.CommandContext(Input.OperationId));
            TempData["StatusMessage"] = localizer["Common.Saved"].Value;
            return RedirectToPage("Details", new { id });
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError("", localizer[exception.Code]);
            return Page();
        }
    }

    private async Task<OrganizationProfile?> LoadAsync(Guid id)
    {
        var organization = await grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync();
        if (organization is null || !User.ToActor().AdministersFor(organization.Id, organization.RegionCode))
        {
            return null;
        }

        OrganizationName = organization.Name;
        return organization;
    }

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
