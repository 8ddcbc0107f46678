using System.Globalization;

namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>
/// A real session just over a minute long (hours count whole minutes), starting in a few seconds: publishing needs it
/// ahead, certifying and claiming need it over. Page tests run on the live clock and wait for it.
/// </summary>
public sealed record LiveSession(DateTime StartUtc, DateTime EndUtc)
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static LiveSession StartingSoon()
    {
        var start = DateTime.UtcNow.AddSeconds(6);
        start = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerSecond));
        return new LiveSession(start, start.AddSeconds(61));
    }

    /// <summary>The session's day in China, as a date field posts it.</summary>
    public string Day => TimeZoneInfo.ConvertTimeFromUtc(StartUtc, China).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Clock(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, China).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public Task WaitUntilOverAsync() => Task.Delay(EndUtc.AddSeconds(1) - DateTime.UtcNow, TestContext.Current.CancellationToken);
}
