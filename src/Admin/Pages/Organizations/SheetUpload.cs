using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using VolunteerRecords.Jobs.Imports;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>The shape of an uploaded import sheet, checked the same way for every import: present, small, bounded in rows.</summary>
public static class SheetUpload
{
    /// <returns>The sheet in memory, or the resource key of why it is refused (its text takes the row limit as {0}).</returns>
    public static async Task<(MemoryStream? Sheet, string? Refusal)> ReadAsync(IFormFile? file, int maxRows, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "Import.NoFile");
        }

        if (file.Length > SheetLimits.MaxUploadBytes)
        {
            return (null, SheetLimits.TooLarge);
        }

        var upload = new MemoryStream();
        await file.CopyToAsync(upload, cancellationToken);
        upload.Position = 0;
        if (SheetLimits.Check(upload, maxRows) is { } limit)
        {
            await upload.DisposeAsync();
            return (null, limit);
        }

        return (upload, null);
    }

    /// <summary>An empty sheet with the headings, for the organization to fill from its paper records.</summary>
    public static async Task<FileStreamResult> TemplateAsync(IReadOnlyList<string> columns, string fileName)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(new[] { columns.ToDictionary(c => c, _ => (object?)"") });
        stream.Position = 0;
        return new FileStreamResult(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = fileName };
    }
}
