using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Activities;

/// <summary>Activities recruiting now, for volunteers to choose from by category, region and date (A8).</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class OpenModel(IActivityReadModel activities, IRegionDirectory regions, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    /// <summary>A county or a street: activities of organizations in it or below it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public Page<ActivityRow> Results { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync()
    {
        // Codes nest by prefix, so code order lists every street under its county.
        Regions = [.. (await regions.ListAsync()).OrderBy(r => r.Code, StringComparer.Ordinal)];
        // Unreadable dates and dates outside 1900–2100 are refused by the binder, which leaves ModelState invalid.
        if (!ModelState.IsValid || From > To)
        {
            ModelState.AddModelError("", localizer["Open.DatesInvalid"]);
            return;
        }

        var inRegion = string.IsNullOrEmpty(Region)
            ? null
            : Regions.Where(r => RegionCodes.Contains(Region, r.Code)).Select(r => r.Code).ToList();
        Results = await activities.ListOpenAsync(new OpenActivitySearch(
            time.GetUtcNow().UtcDateTime,
            string.IsNullOrEmpty(Category) ? null : Category,
            inRegion,
            From is { } from ? Cultures.ChinaDateToUtc(from) : null,
            To is { } to ? Cultures.ChinaDateToUtc(to.AddDays(1)) : null,
            PageNumber));
    }
}
