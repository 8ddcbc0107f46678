using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Jobs.Imports;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>Bulk registration from the organization's paper records (办法 Art4): every row checked, a report per row.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(SheetLimits.MaxUploadBytes + (64 * 1024))]
public sealed class ImportModel(IGrainFactory grains, VolunteerSheetImporter importer, IStringLocalizer<SharedResource> localizer)
    : OrganizationPageModel(grains, localizer)
{
    public IReadOnlyList<ImportRowResult>? Results { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public async Task<IActionResult> OnGetTemplateAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return await SheetUpload.TemplateAsync(VolunteerSheet.Columns, "volunteers-template.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? sheet, bool consented)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!consented)
        {
            ModelState.AddModelError("", Text["Import.ConsentRequired"]);
            return Page();
        }

        var (upload, refusal) = await SheetUpload.ReadAsync(sheet, VolunteerSheet.MaxRows, HttpContext.RequestAborted);
        if (upload is null)
        {
            ModelState.AddModelError("", Text[refusal!, VolunteerSheet.MaxRows]);
            return Page();
        }

        await using var _ = upload;
        // The command context's operation id is replaced per row by one derived from the row itself.
        Results = await importer.ImportAsync(upload, id, HttpContext.CommandContext(Guid.NewGuid()));
        if (Results is null)
        {
            ModelState.AddModelError("", Text["Import.Unreadable"]);
        }

        return Page();
    }
}
