using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Jobs.Certificates;
using VolunteerRecords.Storage.Campaigns;

namespace VolunteerRecords.Admin.Pages.Honours;

/// <summary>
/// The public honour roll of a campaign (A30): approved winners only. A volunteer who has not agreed to disclose their
/// records to third parties appears with a masked name (A5.6, A23); organizations and projects by name.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IGrainFactory grains, ICampaignStore campaigns) : PageModel
{
    public CampaignDetails Campaign { get; private set; } = null!;

    public IReadOnlyList<HonourLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var campaign = await grains.GetGrain<ICampaignGrain>(id).GetAsync();
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        var lines = new List<HonourLine>();
        foreach (var winner in await campaigns.WinnersAsync(id.ToString()))
        {
            var name = winner.SubjectName;
            if (campaign.Definition.Kind == CampaignKind.Volunteers)
            {
                var profile = await grains.GetGrain<IVolunteerGrain>(Guid.Parse(winner.SubjectId)).GetProfileAsync();
                // Her grain decides whether her name is public: her consent, and for a minor her guardian's (A7.2, A30).
                name = profile is { NameIsPublic: true } ? profile.Name : CertificateVerification.MaskName(profile?.Name ?? winner.SubjectName);
            }

            lines.Add(new HonourLine(winner.Round, winner.Position, name, winner.Minutes));
        }

        Lines = lines;
        return Page();
    }
}
