using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Pages.Shared;

/// <summary>
/// A page about one grain (/X/{id}): it loads what the user may see or answers 404, and runs a change through the grain,
/// coming back with a message or showing the broken rule on the same page.
/// </summary>
public abstract class GrainPageModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected IStringLocalizer<SharedResource> Localizer { get; } = localizer;

    /// <returns>false when the subject does not exist or is outside the user's scope.</returns>
    protected abstract Task<bool> LoadAsync(Guid id);

    protected async Task<IActionResult> ShowAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    protected async Task<IActionResult> ChangeAsync(Guid id, Func<Task> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await change();
        TempData["StatusMessage"] = Localizer["Common.Saved"].Value;
        return RedirectToPage(new { id });
    }
}
