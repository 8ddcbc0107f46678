using System.Globalization;
using System.Text.RegularExpressions;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Pages.Activities;

/// <summary>Sessions typed one per line, in China Standard Time: "2026-12-05 09:00-12:00".</summary>
public static partial class SessionLines
{
    /// <returns>The sessions, or the 1-based number of the first line that does not read.</returns>
    public static (IReadOnlyList<ActivitySession> Sessions, int? BadLine) Parse(string? text)
    {
        var sessions = new List<ActivitySession>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var match = Line().Match(lines[i]);
            if (!match.Success
                || !DateOnly.TryParseExact(match.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || !TimeOnly.TryParseExact(match.Groups["from"].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !TimeOnly.TryParseExact(match.Groups["to"].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                return ([], i + 1);
            }

            sessions.Add(new ActivitySession(Guid.NewGuid(), Cultures.ChinaToUtc(day, from), Cultures.ChinaToUtc(day, to)));
        }

        return (sessions, null);
    }

    public static string Format(IEnumerable<ActivitySession> sessions) =>
        string.Join('\n', sessions.Select(s => $"{s.StartUtc.ToChinaTime("yyyy-MM-dd HH:mm")}-{s.EndUtc.ToChinaTime("HH:mm")}"));

    [GeneratedRegex(@"^(?<day>\d{4}-\d{2}-\d{2})\s+(?<from>\d{2}:\d{2})\s*[-–~至]\s*(?<to>\d{2}:\d{2})$")]
    private static partial Regex Line();
}
