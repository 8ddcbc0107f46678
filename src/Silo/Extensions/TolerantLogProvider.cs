using Hangfire.Logging;

namespace VolunteerRecords.Silo.Extensions;

/// <summary>
/// Hangfire keeps one log provider for the whole process, bound to the logger factory of the last host that configured
/// it. When that host stops while another runs on (a test process holds several), creating a logger would throw and
/// take the other host's job client down with it; this one falls silent instead.
/// </summary>
public sealed class TolerantLogProvider(ILogProvider inner) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new TolerantLog(inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return TolerantLog.Silent;
        }
    }
}
