namespace VolunteerRecords.Storage.Calendar;

public interface ICalendarStore
{
    Task<IReadOnlyList<CalendarDay>> ListAsync(CancellationToken cancellationToken = default);
}
