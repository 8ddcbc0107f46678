using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Calendar;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Pages.Calendar;

/// <summary>
/// The working-day calendar of a year: the statutory holidays the platform computes and the State Council's
/// arrangement as the city bureau entered it — typed in or uploaded as a CSV sheet, one line per day. District
/// bureaus read it; the grain lets only the city bureau change it.
/// </summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(IGrainFactory grains, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int MaxSheetBytes = 64 * 1024;

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Calendar.Year")]
    public int? Year { get; set; }

    /// <summary>The lines as typed (or as read from the sheet), kept when the arrangement is refused.</summary>
    [BindProperty]
    public string? Lines { get; set; }

    public CalendarSnapshot Snapshot { get; private set; } = new([], []);

    public IReadOnlyList<(DateOnly Day, string Name)> Statutory { get; private set; } = [];

    public bool CanEnter => User.ToActor().IsCityBureau;

    public int Shown => Year ?? ChinaTime.Today(time).Year;

    public bool NextYearMissing => Snapshot.NextYearMissing(ChinaTime.Today(time));

    public int NextYear => ChinaTime.Today(time).Year + 1;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (!ModelState.IsValid || Lines is not null)
        {
            return;
        }

        Lines = string.Join("\n", Snapshot.Days.Where(d => d.Day.Year == Shown).Select(CalendarSheet.Line));
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? sheet, Guid operationId)
    {
        if (sheet is { Length: > MaxSheetBytes })
        {
            ModelState.AddModelError(nameof(Lines), localizer["Calendar.SheetTooLarge"]);
        }
        else if (sheet is { Length: > 0 })
        {
            using var reader = new StreamReader(sheet.OpenReadStream());
            Lines = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }

        if (Year is null)
        {
            ModelState.AddModelError(nameof(Year), localizer["Calendar.YearRequired"]);
        }

        var (days, badLine) = CalendarSheet.Parse(Lines ?? "");
        if (badLine is { } line)
        {
            ModelState.AddModelError(nameof(Lines), localizer["Calendar.LineInvalid", line]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var snapshot = await grains.GetGrain<ICalendarGrain>(0).EnterYearAsync(Year!.Value, days, HttpContext.CommandContext(operationId));
        var entered = snapshot.Days.Where(d => d.Day.Year == Year).ToList();
        TempData["StatusMessage"] = localizer["Calendar.Entered", Year.Value, entered.Count(d => !d.Worked), entered.Count(d => d.Worked)].Value;
        return RedirectToPage(new { year = Year });
    }

    private async Task LoadAsync()
    {
        Snapshot = await grains.GetGrain<ICalendarGrain>(0).GetAsync();
        if (Shown is < CalendarRules.FirstYear or > CalendarRules.LastYear)
        {
            ModelState.AddModelError(nameof(Year), localizer[CalendarErrors.YearOutOfRange, Shown]);
            Year = ChinaTime.Today(time).Year;
        }

        Statutory = StatutoryHolidays.Of(Shown);
    }
}
