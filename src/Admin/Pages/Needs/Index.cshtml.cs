using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Matching;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Needs;

/// <summary>
/// Published service needs, for everyone (A19.1), by area, region and date; a signed-in volunteer sees first the needs
/// that fit their intentions, region and skills.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IMatchingStore store, IRegionDirectory regions, IGrainFactory grains) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public IReadOnlyList<NeedRow> Needs { get; private set; } = [];

    /// <summary>Projects waiting for a team to claim them (A19.2).</summary>
    public IReadOnlyList<OpenProjectRow> Projects { get; private set; } = [];

    public bool Matched { get; private set; }

    public async Task OnGetAsync()
    {
        Regions = [.. (await regions.ListAsync()).OrderBy(r => r.Code, StringComparer.Ordinal)];
        var inRegion = string.IsNullOrEmpty(Region) ? null : Regions.Where(r => RegionCodes.Contains(Region, r.Code)).Select(r => r.Code).ToList();
        var needs = await store.OpenNeedsAsync(new NeedSearch(string.IsNullOrEmpty(Category) ? null : Category, inRegion, On));
        var projects = await store.OpenProjectsAsync(100);
        if (User.VolunteerId() is { } volunteer && await grains.GetGrain<IVolunteerGrain>(volunteer).GetProfileAsync() is { } profile)
        {
            Matched = true;
            needs = [.. needs.OrderByDescending(n => NeedMatch.Score(n.Category, n.RegionCode, n.Skills, profile.Intentions, profile.ResidenceRegionCode, profile.Skills))];
            projects = [.. projects.OrderByDescending(p => NeedMatch.Score(p.Category ?? "", p.RegionCode ?? "", p.Skills ?? "", profile.Intentions, profile.ResidenceRegionCode, profile.Skills))];
        }

        Needs = needs;
        Projects = projects;
    }
}
