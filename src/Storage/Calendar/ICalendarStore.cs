namespace VolunteerRecords.Storage.Calendar;

public interface ICalendarStore
{
    Task<IReadOnlyList<CalendarDay>> ListAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CalendarYear>> ArrangedYearsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The year's arrangement as a whole, in one transaction: its declared days become <paramref name="days"/> and
    /// the year is marked entered. Repeating it writes the same.
    /// </summary>
    Task ReplaceYearAsync(CalendarYear year, IReadOnlyList<CalendarDay> days, CancellationToken cancellationToken = default);
}
