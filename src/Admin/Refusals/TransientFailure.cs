using System.Data.Common;
using System.Net.Sockets;

namespace VolunteerRecords.Admin.Refusals;

/// <summary>
/// Failures that say nothing about the request itself and pass by: the database is unreachable or busy, or a grain
/// was on a silo that just died. The user is asked to retry (HTTP 503); what was certified is untouched.
/// </summary>
public static class TransientFailure
{
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
            {
                return true;
            }

            if (current is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or SocketException
                || current is DbException { IsTransient: true }
                // SQLite's "database is busy" and "locked": another writer holds the file.
                || current is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only a dead silo's grains: the call did not run, or ran and is safe to repeat under its operation id.</summary>
    public static bool IsClusterChange(Exception exception) =>
        exception is SiloUnavailableException or OrleansMessageRejectionException
        || (exception.InnerException is { } inner && IsClusterChange(inner));
}
