using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Organizations;

[Authorize(Policy = Policies.Bureau)]
public sealed class CreateModel(IGrainFactory grains, IRegionDirectory regions, RegionScope regionScope, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.OperationId = Guid.NewGuid();
        await LoadRegionsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadRegionsAsync();
            return Page();
        }

        // The operation id doubles as the new organization's key: a repeated post lands on the same grain and is recognised there.
        var id = Input.OperationId;
        var profile = await grains.GetGrain<IOrganizationGrain>(id).RegisterAsync(
            new RegisterOrganization(Input.Name, Input.Kind!.Value, Input.RegionCode, Input.CreditCode, Input.ContactName ?? "", Input.ContactPhone ?? ""),
            HttpContext.CommandContext(Input.OperationId));
        TempData["StatusMessage"] = localizer["Organizations.Registered", profile.Name].Value;
        return RedirectToPage("Details", new { id = profile.Id });
    }

    private async Task LoadRegionsAsync()
    {
        var scope = await regionScope.RegionsOfAsync(User);
        Regions = [.. (await regions.ListAsync()).Where(r => scope is null || scope.Contains(r.Code))];
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        public Guid OperationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(OrganizationRules.MaxNameLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Organization.Name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Organization.Kind")]
        public OrganizationKind? Kind { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [RegularExpression(@"^\d{6}(\d{3}){0,2}$", ErrorMessage = "Validation.RegionCode")]
        [Display(Name = "Organization.Region")]
        public string RegionCode { get; set; } = "";

        [RegularExpression(@"^\s*[0-9A-Za-z]{18}\s*$", ErrorMessage = "Organization.CreditCodeInvalid")]
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
