using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Accounts;

/// <summary>
/// Identity's sign-in with three of the platform's own answers: a disabled account may not sign in; guessing is slowed
/// per account and client address (<see cref="ISignInThrottle"/>) instead of Identity's per-account lockout, which
/// anyone who knows a volunteer's phone could trigger to keep her out; and every sign-in opens a session held on the
/// server, which the cookie only names, so signing out or ending it from the session list makes any copy worthless.
/// </summary>
public sealed class AccountSignInManager : SignInManager<AccountRecord>
{
    private readonly ISessionStore _sessions;
    private readonly ISignInThrottle _throttle;
    private readonly IOptions<SecurityOptions> _security;
    private readonly TimeProvider _time;

    public AccountSignInManager(
        UserManager<AccountRecord> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<AccountRecord> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<AccountRecord>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<AccountRecord> confirmation,
        ISessionStore sessions,
        ISignInThrottle throttle,
        IOptions<SecurityOptions> security,
        TimeProvider time)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
        _sessions = sessions;
        _throttle = throttle;
        _security = security;
        _time = time;
        AuthenticationScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    }

    private string Address => Context.RemoteIp() ?? "unknown";

    public override async Task<bool> CanSignInAsync(AccountRecord user) => !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>Counts a wrong password or code from this address.</summary>
    /// <returns>Until when this account and address must wait now, if they must.</returns>
    public Task<DateTime?> RecordFailureAsync(AccountRecord user)
    {
        var options = _security.Value;
        return _throttle.RecordFailureAsync(
            user.Id, Address, _time.GetUtcNow().UtcDateTime, options.MaxFailedSignIns, options.LockoutDuration, options.LongestSignInDelay, Context.RequestAborted);
    }

    /// <summary>
    /// The owner proves again it is them before a sensitive act: the password, and the authenticator's code where one is
    /// enrolled. Failures count as sign-in failures do, so a session left open is no way to guess the password.
    /// </summary>
    public async Task<bool> ReconfirmAsync(AccountRecord user, string password, string? code)
    {
        if (await IsLockedOut(user) || Context.User.FindFirstValue(VrClaimTypes.SessionId) is not { } session)
        {
            return false;
        }

        var proven = await UserManager.CheckPasswordAsync(user, password)
            && (!user.TwoFactorEnabled
                || await UserManager.VerifyTwoFactorTokenAsync(user, Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Normalize(code)));
        if (!proven)
        {
            await RecordFailureAsync(user);
            return false;
        }

        await ResetLockout(user);
        await _sessions.ConfirmAsync(session, user.Id, _time.GetUtcNow().UtcDateTime, Context.RequestAborted);
        return true;
    }

    public override async Task SignInWithClaimsAsync(AccountRecord user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var session = await CurrentSessionAsync(user) ?? await StartSessionAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(VrClaimTypes.SessionId, session)]);
    }

    /// <summary>
    /// Fresh claims after the owner changed their password or second factor, in the same session. The request's cookie
    /// was validated when it came in; Identity's own refresh would validate it again, against the stamp just changed.
    /// </summary>
    public override Task RefreshSignInAsync(AccountRecord user) =>
        Context.User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id
            ? SignInWithClaimsAsync(user, authenticationProperties: null, [.. Context.User.FindAll("amr")])
            : Task.CompletedTask;

    public override async Task SignOutAsync()
    {
        // Ended on the server: a copy of the cookie kept anywhere is worthless from now on.
        if (Context.User.FindFirstValue(VrClaimTypes.SessionId) is { } session)
        {
            await _sessions.EndAsync(session, Context.User.AccountId(), _time.GetUtcNow().UtcDateTime, Context.RequestAborted);
        }

        await base.SignOutAsync();
    }

    /// <summary>No browser is remembered: whoever must give a code gives it at every sign-in.</summary>
    public override Task<bool> IsTwoFactorClientRememberedAsync(AccountRecord user) => Task.FromResult(false);

    protected override async Task<bool> IsLockedOut(AccountRecord user) =>
        await _throttle.BlockedUntilAsync(user.Id, Address, Context.RequestAborted) is { } until && until > _time.GetUtcNow().UtcDateTime;

    protected override Task ResetLockout(AccountRecord user) => _throttle.ClearAsync(user.Id, Address, Context.RequestAborted);

    /// <summary>A refresh (new password, second factor enrolled) keeps the session it was made in.</summary>
    private async Task<string?> CurrentSessionAsync(AccountRecord user)
    {
        if (Context.User.FindFirstValue(ClaimTypes.NameIdentifier) != user.Id || Context.User.FindFirstValue(VrClaimTypes.SessionId) is not { } session)
        {
            return null;
        }

        return await _sessions.IsOpenAsync(session, user.Id, _time.GetUtcNow().UtcDateTime, Context.RequestAborted) ? session : null;
    }

    /// <summary>Staff get one working day, volunteers one day, however active; the idle timeout ends it sooner.</summary>
    private async Task<string> StartSessionAsync(AccountRecord user)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var lifetime = user.Role == Role.Volunteer ? _security.Value.VolunteerSessionLifetime : _security.Value.StaffSessionLifetime;
        var id = Guid.NewGuid().ToString("N");
        var agent = Context.Request.Headers.UserAgent.ToString();
        await _sessions.StartAsync(
            new SessionRecord
            {
                Id = id,
                AccountId = user.Id,
                StartedUtc = now,
                ExpiresUtc = now + lifetime,
                RemoteIp = Context.RemoteIp(),
                UserAgent = agent.Length > 200 ? agent[..200] : agent,
            },
            Context.RequestAborted);
        return id;
    }
}
