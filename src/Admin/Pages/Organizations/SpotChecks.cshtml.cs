using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.SpotChecks;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.SpotChecks;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>The organization's queue of entries a bureau's spot check questioned, each answered in words (办法 Art22).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SpotChecksModel(IGrainFactory grains, ISpotCheckStore spotChecks, IStringLocalizer<SharedResource> localizer)
    : OrganizationPageModel(grains, localizer)
{
    public IReadOnlyList<SpotCheckItemRow> Questioned { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid checkId, Guid rootId, string? answer, Guid operationId)
    {
        var item = await spotChecks.FindItemAsync(checkId.ToString(), rootId.ToString());
        if (item is null || item.OrganizationId != id.ToString() || !await LoadAsync(id))
        {
            return NotFound();
        }

        return await ApplyAsync(
            id,
            () => Grains.GetGrain<ISpotCheckGrain>(checkId).AnswerAsync(rootId, answer ?? "", HttpContext.CommandContext(operationId)),
            message: Text["SpotCheck.Answered", item.VolunteerName].Value);
    }

    protected override async Task LoadPageAsync(Guid id) => Questioned = await spotChecks.QuestionedAsync(id.ToString());
}
