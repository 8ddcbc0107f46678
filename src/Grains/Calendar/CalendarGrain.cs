using System.Globalization;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Calendar;

namespace VolunteerRecords.Grains.Calendar;

/// <summary>
/// The city's working-day calendar. Its days and years are rows (a year's arrangement replaces the year's rows in one
/// transaction), the grain keeps them in memory for every deadline, checks who may change them and counts the open
/// deadlines again after a change. No state of its own: the rows are the record.
/// </summary>
public sealed class CalendarGrain(ICalendarStore store, IActivityReadModel activities, GrainAudit audit, TimeProvider time) : Grain, ICalendarGrain
{
    /// <summary>Activities counted again together; the rest wait for the batch before them.</summary>
    private const int RecountBatch = 50;

    private CalendarSnapshot? _snapshot;

    public async Task<CalendarSnapshot> GetAsync() => _snapshot ??= await ReadAsync();

    public async Task<CalendarSnapshot> EnterYearAsync(int year, IReadOnlyList<CalendarDayEntry> days, CommandContext context)
    {
        if (!context.Actor.IsCityBureau)
        {
            throw new DomainException(CalendarErrors.NotAllowed, year.ToString(CultureInfo.InvariantCulture));
        }

        CalendarRules.Check(year, days);
        var entered = new CalendarYear
        {
            Year = year,
            EnteredByName = context.Actor.DisplayName,
            EnteredUtc = time.GetUtcNow().UtcDateTime,
            OperationId = context.OperationId.ToString(),
        };
        var rows = days.OrderBy(d => d.Day)
            .Select(d => new CalendarDay { Day = d.Day, Kind = d.Worked ? CalendarDay.Workday : CalendarDay.Holiday, Name = d.Name.Trim() })
            .ToList();
        await store.ReplaceYearAsync(entered, rows);
        await audit.RecordAsync(context, "calendar.year-entered", "calendar", year.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{rows.Count(r => !r.Worked)} holiday, {rows.Count(r => r.Worked)} workday"));
        _snapshot = await ReadAsync();
        await RecountOpenDeadlinesAsync(_snapshot);
        return _snapshot;
    }

    /// <summary>Each activity whose records are still open counts its deadline again on the calendar as it now is.</summary>
    private async Task RecountOpenDeadlinesAsync(CalendarSnapshot calendar)
    {
        var open = await activities.ListAwaitingRecordsAsync();
        foreach (var batch in open.Chunk(RecountBatch))
        {
            await Task.WhenAll(batch.Select(id => GrainFactory.GetGrain<IActivityGrain>(id).RecountDeadlineAsync(calendar)));
        }
    }

    private async Task<CalendarSnapshot> ReadAsync() => new(
        [.. (await store.ListAsync()).Select(d => new CalendarDayEntry(d.Day, d.Worked, d.Name))],
        [.. (await store.ArrangedYearsAsync()).Select(y => new ArrangedYear(y.Year, y.EnteredByName, y.EnteredUtc))]);
}
