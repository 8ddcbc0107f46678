using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Jobs.Imports;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>
/// Hours kept on paper before the organization used the platform, imported from a sheet (办法 Art4): each row
/// certified like a recorder's entry, marked as entered afterwards, reported row by row; the same sheet twice adds nothing.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(SheetLimits.MaxUploadBytes + (64 * 1024))]
public sealed class ImportHoursModel(IGrainFactory grains, ServiceSheetImporter importer, IStringLocalizer<SharedResource> localizer)
    : OrganizationPageModel(grains, localizer)
{
    public IReadOnlyList<ServiceImportRow>? Results { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public async Task<IActionResult> OnGetTemplateAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return await SheetUpload.TemplateAsync(ServiceSheet.Columns, "service-hours-template.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? sheet)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var (upload, refusal) = await SheetUpload.ReadAsync(sheet, ServiceSheet.MaxRows, HttpContext.RequestAborted);
        if (upload is null)
        {
            ModelState.AddModelError("sheet", Text[refusal!, ServiceSheet.MaxRows]);
            return Page();
        }

        await using var _ = upload;
        // Each row's operation id is derived from the row itself; this one is never used.
        Results = await importer.ImportAsync(upload, id, HttpContext.CommandContext(Guid.NewGuid()));
        if (Results is null)
        {
            ModelState.AddModelError("sheet", Text["Import.HoursUnreadable"]);
        }

        return Page();
    }
}
