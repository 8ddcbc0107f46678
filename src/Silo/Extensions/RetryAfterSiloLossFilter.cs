using System.Reflection;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Admin.Refusals;

namespace VolunteerRecords.Silo.Extensions;

/// <summary>
/// A call to a grain that was on a silo which just died fails once with <see cref="SiloUnavailableException"/> or a
/// rejected message; the directory then forgets the dead silo and the same call, sent again, activates the grain on a
/// live one. It is sent again once, and only when repeating it cannot do a thing twice: reads, and commands carrying
/// an operation id, which every grain recognises as a repeat.
/// </summary>
public sealed partial class RetryAfterSiloLossFilter(ILogger<RetryAfterSiloLossFilter> logger) : IOutgoingGrainCallFilter
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (TransientFailure.IsClusterChange(exception) && IsSafeToRepeat(context))
        {
            LogRetry(context.InterfaceName, context.MethodName);
            await Task.Delay(Pause);
            await context.Invoke();
        }
    }

    private static bool IsSafeToRepeat(IOutgoingGrainCallContext context)
    {
        var request = context.Request;
        for (var i = 0; i < request.GetArgumentCount(); i++)
        {
            if (request.GetArgument(i) is CommandContext)
            {
                return true;
            }
        }

        var method = context.InterfaceMethod;
        return method is not null
            && (method.GetCustomAttribute<Orleans.Concurrency.ReadOnlyAttribute>() is not null
                || method.Name.StartsWith("Get", StringComparison.Ordinal)
                || method.Name.StartsWith("List", StringComparison.Ordinal)
                || method.Name.StartsWith("Find", StringComparison.Ordinal));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Interface}.{Method} met a silo that just left the cluster; sending it again")]
    private partial void LogRetry(string @interface, string method);
}
