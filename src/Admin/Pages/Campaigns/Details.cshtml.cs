using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Campaigns;

namespace VolunteerRecords.Admin.Pages.Campaigns;

/// <summary>
/// One campaign for the bureau that runs it: its rounds with the selection's progress, the ranked candidates, and the
/// approval of winners (A27).
/// </summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class DetailsModel(
    IGrainFactory grains,
    ICampaignStore campaigns,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : GrainPageModel(localizer)
{
    public CampaignDetails Campaign { get; private set; } = null!;

    public IReadOnlyList<CampaignRoundRow> Rounds { get; private set; } = [];

    /// <summary>The round shown: the one asked for, or the latest.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Round { get; set; }

    public CampaignRoundRow? Shown { get; private set; }

    public IReadOnlyList<CandidateRow> Candidates { get; private set; } = [];

    public IReadOnlyList<WinnerRow> Winners { get; private set; } = [];

    public bool Running => Rounds.Any(r => r.Status == nameof(RoundStatus.Selecting));

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    /// <summary>Queues the selection of the round due today; a round already approved is left as it is.</summary>
    public async Task<IActionResult> OnPostSelectAsync(Guid id, Guid operationId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var round = await grains.GetGrain<ICampaignGrain>(id).QueueSelectionAsync(ChinaTime.Today(time), HttpContext.CommandContext(operationId));
        TempData["StatusMessage"] = Localizer["Campaigns.Queued"].Value;
        return RedirectToPage(new { id, round });
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, int round, List<string>? winners, Guid operationId) =>
        ChangeAsync(id, () => grains.GetGrain<ICampaignGrain>(id).ApproveAsync(round, winners ?? [], HttpContext.CommandContext(operationId)));

    protected override async Task<bool> LoadAsync(Guid id)
    {
        var campaign = await grains.GetGrain<ICampaignGrain>(id).GetAsync();
        if (campaign is null || !User.ToActor().OverseesRegion(campaign.Definition.ScopeRegion))
        {
            return false;
        }

        Campaign = campaign;
        Rounds = await campaigns.RoundsAsync(id.ToString());
        Shown = Rounds.FirstOrDefault(r => r.Round == Round) ?? Rounds.FirstOrDefault();
        if (Shown is not null)
        {
            Candidates = await campaigns.CandidatesAsync(id.ToString(), Shown.Round);
        }

        Winners = await campaigns.WinnersAsync(id.ToString());
        return true;
    }
}
