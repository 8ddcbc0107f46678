using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Security;

/// <summary>
/// A cookie outlives changes to its account. At most once per interval it is checked against the account:
/// disabled, deleted or re-stamped (password or role changed) ends the session at the next request.
/// </summary>
public sealed class AccountCookieEvents(IAccountStore accounts, IOptions<SecurityOptions> security, TimeProvider time) : CookieAuthenticationEvents
{
    private const string CheckedKey = "vr.checked";

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = time.GetUtcNow();
        if (context.Properties.Items.TryGetValue(CheckedKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var checkedAt)
            && now - checkedAt < security.Value.AccountRecheckInterval)
        {
            return;
        }

        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = id is null ? null : await accounts.FindByIdAsync(id, context.HttpContext.RequestAborted);
        if (account is null || account.IsDisabled || account.SecurityStamp != context.Principal!.FindFirstValue(VrClaimTypes.SecurityStamp))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.Properties.Items[CheckedKey] = now.ToString("O", CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }
}
