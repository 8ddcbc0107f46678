using Microsoft.AspNetCore.Http;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Security;

public static class HttpContextExtensions
{
    public static string? RemoteIp(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    /// <summary>The command context for a signed-in user's form post, carrying the form's operation id.</summary>
    public static CommandContext CommandContext(this HttpContext context, Guid operationId) =>
        new(operationId, context.User.ToActor(), context.RemoteIp());
}
