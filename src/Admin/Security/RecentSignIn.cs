using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Security;

/// <summary>Whether the session's owner proved it was them recently, and the way to ask them to when not.</summary>
public sealed class RecentSignIn(ISessionStore sessions, IOptions<SecurityOptions> security, TimeProvider time)
{
    public async Task<bool> IsRecentAsync(HttpContext http)
    {
        if (http.User.FindFirstValue(VrClaimTypes.SessionId) is not { } session)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await sessions.ConfirmedAtAsync(session, http.User.AccountId(), now, http.RequestAborted) is { } confirmed
            && now - confirmed <= security.Value.RecentSignInWindow;
    }

    /// <summary>To the confirmation page, then back to the page the act was on (a form is filled in again, not replayed).</summary>
    public static IActionResult Challenge(HttpContext http)
    {
        var back = HttpMethods.IsGet(http.Request.Method) ? http.Request.Path + http.Request.QueryString : http.Request.Path.ToString();
        return new RedirectToPageResult("/Account/Confirm", new { ReturnUrl = back });
    }
}
