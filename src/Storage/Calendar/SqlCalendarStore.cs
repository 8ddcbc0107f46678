using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Calendar;

public sealed class SqlCalendarStore(ISqlConnectionFactory connections) : ICalendarStore
{
    public async Task<IReadOnlyList<CalendarDay>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CalendarDay>(new CommandDefinition(
            "SELECT day AS Day, kind AS Kind, name AS Name FROM calendar_days ORDER BY day;", cancellationToken: cancellationToken));
        return [.. rows];
    }
}
