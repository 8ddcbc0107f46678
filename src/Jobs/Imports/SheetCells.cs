using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VolunteerRecords.Jobs.Imports;

/// <summary>Reading cells as a spreadsheet gives them: text, numbers, dates and times in whichever form Excel stored.</summary>
public static class SheetCells
{
    public static string Text(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "" : "";

    public static DateOnly? Date(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var value) ? value switch
        {
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            string text when DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) => date,
            double serial => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
            _ => null,
        }
        : null;

    /// <summary>A time of day typed as text (09:30), stored by Excel as a fraction of a day, or as a date and time.</summary>
    public static TimeOnly? Time(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var value) ? value switch
        {
            DateTime dateTime => TimeOnly.FromDateTime(dateTime),
            TimeSpan span when span >= TimeSpan.Zero && span < TimeSpan.FromDays(1) => TimeOnly.FromTimeSpan(span),
            double fraction when fraction is >= 0 and < 1 => TimeOnly.FromTimeSpan(TimeSpan.FromDays(fraction)),
            string text when TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) => time,
            _ => null,
        }
        : null;

    public static int? Number(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var value) ? value switch
        {
            null => null,
            double number when number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (int)number,
            int number => number,
            long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
            string text when text.Trim().Length == 0 => null,
            string text when int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => int.MinValue,
        }
        : null;

    /// <summary>A grain key or operation id that the same row of the same sheet always gives.</summary>
    public static Guid DeterministicGuid(string keyedHash) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(keyedHash)).AsSpan(0, 16));
}
