using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Accounts;

/// <summary>
/// Checks a password against the stored hash, counts failures, locks the account after too many, and writes an audit
/// line for every attempt. Volunteers sign in with their phone: it is looked up through its keyed hash.
/// </summary>
public sealed class SignInService(
    IAccountStore accounts,
    ISessionStore sessions,
    ISignInThrottle throttle,
    IVolunteerDirectory volunteers,
    IPasswordHasher<AccountRecord> hasher,
    PersonalDataProtector personalData,
    IAuditLog audit,
    IOptions<SecurityOptions> security,
    TimeProvider time)
{
    public async Task<SignInResult> SignInAsync(HttpContext http, string login, string password)
    {
        var now = time.GetUtcNow().UtcDateTime;
        login = login.Trim();
        var account = await accounts.FindByUserNameAsync(login) ?? await FindVolunteerAccountAsync(login);
        if (account is null)
        {
            // Hashing anyway keeps an unknown name as slow as a wrong password, so timing does not reveal accounts.
            hasher.HashPassword(new AccountRecord(), password);
            await RecordAsync(http, now, null, "account.sign-in-failed", "unknown-account");
            return new SignInResult(SignInOutcome.InvalidCredentials);
        }

        // Every refusal costs one hash check, the unknown account's included: timing tells nothing either.
        var verification = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (account.IsDisabled)
        {
            await RecordAsync(http, now, account, "account.sign-in-failed", "disabled");
            return new SignInResult(SignInOutcome.Disabled);
        }

        // Counted per account and client address: guessing from one address slows down ever more, while the owner,
        // from her own phone, is not kept out by someone typing her phone number elsewhere.
        var options = security.Value;
        var address = http.RemoteIp() ?? "unknown";
        if (await throttle.BlockedUntilAsync(account.Id, address) is { } blocked && blocked > now)
        {
            await RecordAsync(http, now, account, "account.sign-in-failed", "throttled");
            return new SignInResult(SignInOutcome.LockedOut, blocked);
        }

        if (verification == PasswordVerificationResult.Failed)
        {
            var until = await throttle.RecordFailureAsync(account.Id, address, now, options.MaxFailedSignIns, options.LockoutDuration, options.LongestSignInDelay);
            await RecordAsync(http, now, account, "account.sign-in-failed", until is null ? "wrong-password" : "wrong-password; throttled");
            return until is null ? new SignInResult(SignInOutcome.InvalidCredentials) : new SignInResult(SignInOutcome.LockedOut, until);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await accounts.UpdatePasswordHashAsync(account.Id, hasher.HashPassword(account, password));
        }

        await accounts.RecordSuccessfulSignInAsync(account.Id);
        await throttle.ClearAsync(account.Id, address);
        var session = await StartSessionAsync(http, account, now);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CreatePrincipal(account, await PersonalVolunteerAsync(account), session));
        await RecordAsync(http, now, account, "account.signed-in", null);
        return new SignInResult(SignInOutcome.Succeeded);
    }

    /// <summary>Volunteers sign in with their phone or ID number, found through the keyed hash, never stored in clear.</summary>
    private async Task<AccountRecord?> FindVolunteerAccountAsync(string login)
    {
        var kind = VolunteerRules.IsMobilePhone(login) ? VolunteerRules.PhoneIdentifier : VolunteerRules.DocumentIdentifier;
        var volunteerId = await volunteers.FindByIdentifierAsync(personalData.LookupHash(kind, login.ToUpperInvariant()));
        return volunteerId is null ? null : await accounts.FindByIdAsync(volunteerId);
    }

    /// <summary>Signs the user in again with fresh claims, after their password or stamp changed.</summary>
    public async Task RefreshAsync(HttpContext http, string accountId)
    {
        if (await accounts.FindByIdAsync(accountId) is { } account && http.User.FindFirstValue(VrClaimTypes.SessionId) is { } session)
        {
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CreatePrincipal(account, await PersonalVolunteerAsync(account), session));
        }
    }

    /// <summary>
    /// The session lives on the server: the cookie only names it. Staff get one working day, volunteers one day, however
    /// active; the idle timeout ends it sooner.
    /// </summary>
    private async Task<string> StartSessionAsync(HttpContext http, AccountRecord account, DateTime now)
    {
        var lifetime = account.Role == Role.Volunteer ? security.Value.VolunteerSessionLifetime : security.Value.StaffSessionLifetime;
        var id = Guid.NewGuid().ToString("N");
        var agent = http.Request.Headers.UserAgent.ToString();
        await sessions.StartAsync(new SessionRecord
        {
            Id = id,
            AccountId = account.Id,
            StartedUtc = now,
            ExpiresUtc = now + lifetime,
            RemoteIp = http.RemoteIp(),
            UserAgent = agent.Length > 200 ? agent[..200] : agent,
        });
        return id;
    }

    /// <summary>A staff member's own volunteer record, looked up at each sign-in so one registered later is found too.</summary>
    private async Task<string?> PersonalVolunteerAsync(AccountRecord account) =>
        account.PersonalDocumentHash is { } hash ? await volunteers.FindByIdentifierAsync(hash) : null;

    public async Task SignOutAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var now = time.GetUtcNow().UtcDateTime;
            // Ended on the server: a copy of the cookie kept anywhere is worthless from now on.
            if (http.User.FindFirstValue(VrClaimTypes.SessionId) is { } session)
            {
                await sessions.EndAsync(session, http.User.AccountId(), now);
            }

            await audit.AppendAsync(new AuditEntry(
                now, http.User.AccountId(), http.User.Identity.Name, "account.signed-out", "account", http.User.AccountId(), http.RemoteIp(), null));
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static ClaimsPrincipal CreatePrincipal(AccountRecord account, string? personalVolunteerId, string sessionId)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id),
            new(VrClaimTypes.SessionId, sessionId),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(VrClaimTypes.SecurityStamp, account.SecurityStamp),
        };
        if (account.RegionCode is { } region)
        {
            claims.Add(new Claim(VrClaimTypes.RegionCode, region));
        }

        if (account.OrganizationId is { } organization)
        {
            claims.Add(new Claim(VrClaimTypes.OrganizationId, organization));
        }

        if (account.VolunteerId is { } volunteer)
        {
            claims.Add(new Claim(VrClaimTypes.VolunteerId, volunteer));
        }

        if (personalVolunteerId is not null)
        {
            claims.Add(new Claim(VrClaimTypes.PersonalVolunteerId, personalVolunteerId));
        }

        if (account.CanUnmask)
        {
            claims.Add(new Claim(VrClaimTypes.CanUnmask, "true"));
        }

        if (account.MustChangePassword)
        {
            claims.Add(new Claim(VrClaimTypes.MustChangePassword, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    private Task RecordAsync(HttpContext http, DateTime now, AccountRecord? account, string action, string? detail) =>
        audit.AppendAsync(new AuditEntry(now, account?.Id, account?.DisplayName, action, "account", account?.Id, http.RemoteIp(), detail));
}
