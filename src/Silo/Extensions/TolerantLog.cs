using Hangfire.Logging;

namespace VolunteerRecords.Silo.Extensions;

/// <summary>A Hangfire log that says nothing once the logger factory behind it is gone.</summary>
public sealed class TolerantLog(ILog? inner) : ILog
{
    public static TolerantLog Silent { get; } = new(null);

    public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
    {
        try
        {
            return inner?.Log(logLevel, messageFunc, exception) ?? false;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }
}
