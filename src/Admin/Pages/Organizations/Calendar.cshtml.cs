using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Calendar;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>A month of the organization's activities, each on the day its first session starts (China time), weeks from Monday.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CalendarModel(
    IGrainFactory grains,
    IActivityReadModel activities,
    ICalendarStore calendar,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : OrganizationPageModel(grains, localizer)
{
    /// <summary>yyyy-MM; the current month when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public DateOnly FirstDay { get; private set; }

    public int ActivityCount { get; private set; }

    public IReadOnlyList<CalendarCell> Cells { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    protected override async Task LoadPageAsync(Guid id)
    {
        var today = ChinaTime.Today(time);
        FirstDay = new DateOnly(today.Year, today.Month, 1);
        if (Month is not null)
        {
            if (DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen))
            {
                FirstDay = chosen;
            }
            else
            {
                ModelState.AddModelError("", Text["Calendar.MonthInvalid"]);
            }
        }

        var nextMonth = FirstDay.AddMonths(1);
        var rows = await activities.ListStartingAsync(id.ToString(), Cultures.ChinaDateToUtc(FirstDay), Cultures.ChinaDateToUtc(nextMonth));
        var holidays = (await calendar.ListAsync())
            .Where(d => d.Kind == "holiday" && d.Day >= FirstDay && d.Day < nextMonth)
            .ToDictionary(d => d.Day, d => d.Name);
        var byDay = rows.ToLookup(r => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(r.FirstStartUtc!.Value, Cultures.ChinaStandardTime)));
        var first = FirstDay.AddDays(-(((int)FirstDay.DayOfWeek + 6) % 7));
        var last = nextMonth.AddDays(-1);
        last = last.AddDays((7 - (int)last.DayOfWeek) % 7);
        var cells = new List<CalendarCell>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var inMonth = day >= FirstDay && day < nextMonth;
            cells.Add(new CalendarCell(day, inMonth, inMonth ? holidays.GetValueOrDefault(day) : null, [.. byDay[day]]));
        }

        ActivityCount = rows.Count;
        Cells = cells;
    }
}
