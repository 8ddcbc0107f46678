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

    public async Task<IReadOnlyList<CalendarYear>> ArrangedYearsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CalendarYear>(new CommandDefinition(
            "SELECT year AS Year, entered_by_name AS EnteredByName, entered_utc AS EnteredUtc, operation_id AS OperationId FROM calendar_years ORDER BY year;",
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task ReplaceYearAsync(CalendarYear year, IReadOnlyList<CalendarDay> days, CancellationToken cancellationToken = default)
    {
        if (days.Any(d => d.Day.Year != year.Year))
        {
            throw new ArgumentException("Every day must lie in the year it is entered for.", nameof(days));
        }

        using var turn = await connections.WriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM calendar_days WHERE day >= @From AND day <= @To;",
            new { From = new DateOnly(year.Year, 1, 1), To = new DateOnly(year.Year, 12, 31) },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO calendar_days (day, kind, name) VALUES (@Day, @Kind, @Name);",
            days.Select(d => new { d.Day, d.Kind, d.Name }),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO calendar_years (year, entered_by_name, entered_utc, operation_id)
            VALUES (@Year, @EnteredByName, @EnteredUtc, @OperationId)
            ON CONFLICT (year) DO UPDATE SET
                entered_by_name = excluded.entered_by_name, entered_utc = excluded.entered_utc, operation_id = excluded.operation_id;
            """,
            year,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
