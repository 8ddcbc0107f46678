using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.SpotChecks;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.SpotChecks;

namespace VolunteerRecords.Admin.Pages.Supervision;

/// <summary>One spot check: the entries drawn, each confirmed or questioned with a note, and the organizations' answers.</summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class SpotCheckModel(IGrainFactory grains, ISpotCheckStore spotChecks, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public SpotCheckRow? Check { get; private set; }

    public IReadOnlyList<SpotCheckItemRow> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMarkAsync(Guid id, Guid rootId, SpotCheckVerdict verdict, string? note, Guid operationId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var item = Items.FirstOrDefault(i => i.RootId == rootId.ToString());
        if (item is null)
        {
            ModelState.AddModelError("", localizer[SpotCheckErrors.NotFound]);
            return Page();
        }

        await grains.GetGrain<ISpotCheckGrain>(id).MarkAsync(rootId, verdict, note ?? "", HttpContext.CommandContext(operationId));
        TempData["StatusMessage"] = localizer["SpotCheck.Marked." + verdict, item.VolunteerName, item.OrganizationName].Value;
        return RedirectToPage(new { id });
    }

    /// <returns>false when the check does not exist or lies outside the bureau's region: to this viewer it does not exist.</returns>
    private async Task<bool> LoadAsync(Guid id)
    {
        Check = await spotChecks.FindAsync(id.ToString());
        if (Check is null || !User.ToActor().OverseesRegion(Check.RegionCode))
        {
            return false;
        }

        Items = await spotChecks.ItemsAsync(id.ToString());
        return true;
    }
}
