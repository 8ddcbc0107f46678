using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Calendar;

/// <summary>The city's working-day calendar (one, key 0): the State Council's yearly arrangements as entered.</summary>
[Alias("vr.ICalendarGrain")]
public interface ICalendarGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Interleaves with everything: entering a year calls the activities to count again, and an activity busy asking
    /// for the calendar at that moment would otherwise wait for the grain that waits for it.
    /// </summary>
    [Alias("Get"), AlwaysInterleave]
    Task<CalendarSnapshot> GetAsync();

    /// <summary>
    /// The city bureau enters (or corrects) a year's whole arrangement: its days replace those entered before, and
    /// every deadline still open is counted again on it.
    /// </summary>
    [Alias("EnterYear")]
    Task<CalendarSnapshot> EnterYearAsync(int year, IReadOnlyList<CalendarDayEntry> days, CommandContext context);
}
