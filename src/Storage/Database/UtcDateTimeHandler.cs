using System.Data;
using System.Globalization;
using Dapper;

namespace VolunteerRecords.Storage.Database;

/// <summary>
/// Every stored instant is UTC. SQLite returns timestamps as text without a kind, PostgreSQL as DateTime;
/// this handler makes both come back as <see cref="DateTimeKind.Utc"/> and refuses to store local times.
/// </summary>
public sealed class UtcDateTimeHandler : SqlMapper.TypeHandler<DateTime>
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            SqlMapper.RemoveTypeMap(typeof(DateTime));
            SqlMapper.AddTypeHandler(new UtcDateTimeHandler());
            SqlMapper.AddTypeHandler(new DateOnlyHandler());
        }
    }

    public override void SetValue(IDbDataParameter parameter, DateTime value)
    {
        if (value.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("Local times are not stored; convert to UTC first.", nameof(value));
        }

        parameter.DbType = DbType.DateTime;
        parameter.Value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    public override DateTime Parse(object value) => value switch
    {
        DateTime dateTime => DateTime.SpecifyKind(dateTime, DateTimeKind.Utc),
        string text => DateTime.SpecifyKind(
            DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            DateTimeKind.Utc),
        _ => throw new DataException($"Cannot read {value.GetType().Name} as a UTC timestamp."),
    };
}
