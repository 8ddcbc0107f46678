using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Regions;

/// <summary>The division tree, edited by the city bureau (the grain refuses everyone else).</summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(IGrainFactory grains, IRegionDirectory regions, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public async Task OnGetAsync() => Regions = await regions.ListAsync();

    public Task<IActionResult> OnPostAddAsync(string? code, string? name, string? parent, Guid operationId) =>
        RunAsync(grains.GetGrain<IRegionTreeGrain>(0).AddAsync(code ?? "", name ?? "", parent ?? "", HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostRenameAsync(string code, string? name, Guid operationId) =>
        RunAsync(grains.GetGrain<IRegionTreeGrain>(0).RenameAsync(code, name ?? "", HttpContext.CommandContext(operationId)));

    private async Task<IActionResult> RunAsync(Task change)
    {
        await change;
        TempData["StatusMessage"] = localizer["Common.Saved"].Value;
        return RedirectToPage();
    }
}
