using Microsoft.AspNetCore.Http;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Admin.Security;

public static class HttpContextExtensions
{
    public static string? RemoteIp(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    /// <summary>The command context for a signed-in user's form post, carrying the form's operation id.</summary>
    /// <remarks>
    /// A post without one (a tampered form, a script) would bind the empty id, and every such post would then look like
    /// a repeat of the first: it gets an id of its own instead, losing only the double-click guard it chose to drop.
    /// </remarks>
    public static CommandContext CommandContext(this HttpContext context, Guid operationId) =>
        new(operationId == Guid.Empty ? Guid.NewGuid() : operationId, context.User.ToActor(), context.RemoteIp());

    /// <summary>Records that the signed-in user took data away (a download): who, what, when and from where.</summary>
    public static Task AuditDownloadAsync(this HttpContext context, IAuditLog audit, string action, string subjectType, string subjectId, string? detail = null) =>
        audit.AppendAsync(
            new AuditEntry(DateTime.UtcNow, context.User.AccountId(), context.User.Identity?.Name, action, subjectType, subjectId, context.RemoteIp(), detail),
            context.RequestAborted);
}
