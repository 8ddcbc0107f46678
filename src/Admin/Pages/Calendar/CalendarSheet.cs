using System.Globalization;
using VolunteerRecords.Grains.Calendar;

namespace VolunteerRecords.Admin.Pages.Calendar;

/// <summary>
/// The shape of an arrangement as the bureau types or uploads it: one day a line, "date,kind,name", kind 休 (a day
/// off) or 班 (a weekend day worked). Whether the days make a valid arrangement is the calendar grain's to say.
/// </summary>
public static class CalendarSheet
{
    private static readonly string[] Off = ["休", "放假", "holiday", "off"];
    private static readonly string[] Worked = ["班", "上班", "workday", "worked"];

    public static string Line(CalendarDayEntry day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day:yyyy-MM-dd},{(day.Worked ? "班" : "休")},{day.Name}");

    /// <returns>The days, or the number of the first line that is not "date,kind,name".</returns>
    public static (IReadOnlyList<CalendarDayEntry> Days, int? BadLine) Parse(string text)
    {
        var days = new List<CalendarDayEntry>();
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split([',', '，'], 3, StringSplitOptions.TrimEntries);
            if (parts.Length != 3
                || !DateOnly.TryParseExact(parts[0], ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || !(Off.Contains(parts[1], StringComparer.OrdinalIgnoreCase) || Worked.Contains(parts[1], StringComparer.OrdinalIgnoreCase)))
            {
                return ([], i + 1);
            }

            days.Add(new CalendarDayEntry(day, Worked.Contains(parts[1], StringComparer.OrdinalIgnoreCase), parts[2]));
        }

        return (days, null);
    }
}
