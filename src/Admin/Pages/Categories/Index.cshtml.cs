using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Pages.Categories;

/// <summary>The service areas of A17 and the ones the city bureau added (the grain refuses everyone else).</summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(IGrainFactory grains, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<CategoryInfo> List { get; private set; } = [];

    /// <summary>The city bureau extends the list; district bureaus read it.</summary>
    public bool CanAdd => User.ToActor().IsCityBureau;

    public async Task OnGetAsync() => List = await grains.GetGrain<ICategoryCatalogGrain>(0).ListAsync();

    public async Task<IActionResult> OnPostAsync(string? code, string? nameZh, string? nameEn, Guid operationId)
    {
        var catalog = grains.GetGrain<ICategoryCatalogGrain>(0);
        await catalog.AddAsync(code ?? "", nameZh ?? "", nameEn ?? "", HttpContext.CommandContext(operationId));
        TempData["StatusMessage"] = localizer["Common.Saved"].Value;
        return RedirectToPage();
    }
}
