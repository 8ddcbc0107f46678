using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Security;

/// <summary>
/// A cookie names a session held on the server, checked at every request; at most once per interval it is also checked
/// against the account: disabled, deleted or re-stamped (password or role changed) ends the session at the next check.
/// </summary>
public sealed class AccountCookieEvents(AccountSignInManager signInManager, ISessionStore sessions, IOptions<SecurityOptions> security, TimeProvider time) : CookieAuthenticationEvents
{
    private const string CheckedKey = "vr.checked";

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = time.GetUtcNow();
        // The session is checked at every request: signed out, ended from the session list or past its absolute end,
        // the cookie is refused at once, on every node.
        var accountId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var session = context.Principal?.FindFirstValue(VrClaimTypes.SessionId);
        if (accountId is null || session is null || !await sessions.IsOpenAsync(session, accountId, now.UtcDateTime, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (context.Properties.Items.TryGetValue(CheckedKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var checkedAt)
            && now - checkedAt < security.Value.AccountRecheckInterval)
        {
            return;
        }

        var account = await signInManager.ValidateSecurityStampAsync(context.Principal);
        if (account is null || account.IsDisabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.Properties.Items[CheckedKey] = now.ToString("O", CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }
}
