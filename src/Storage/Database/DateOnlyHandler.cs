using System.Data;
using System.Globalization;
using Dapper;

namespace VolunteerRecords.Storage.Database;

/// <summary>Dates are a PostgreSQL <c>date</c> and SQLite text; both come back as <see cref="DateOnly"/>.</summary>
public sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.Parse(text, CultureInfo.InvariantCulture),
        _ => throw new DataException($"Cannot read {value.GetType().Name} as a date."),
    };
}
