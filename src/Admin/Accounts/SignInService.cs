using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Accounts;

/// <summary>
/// The sign-in steps as the pages use them, on Identity's <see cref="SignInManager{TUser}"/>: the password, then the
/// authenticator code where one is enrolled. Every attempt writes an audit line saying what really happened, while
/// the user is told only whether it worked. Volunteers sign in with their phone or ID number, found through its keyed hash.
/// </summary>
public sealed class SignInService(
    AccountSignInManager signInManager,
    UserManager<AccountRecord> users,
    IVolunteerDirectory volunteers,
    PersonalDataProtector personalData,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<SignInOutcome> SignInAsync(HttpContext http, string login, string password)
    {
        login = login.Trim();
        var account = await users.FindByNameAsync(login) ?? await FindVolunteerAccountAsync(login);
        if (account is null)
        {
            // Hashing anyway keeps an unknown name as slow as a wrong password, so timing does not reveal accounts.
            users.PasswordHasher.HashPassword(new AccountRecord(), password);
            await RecordAsync(http, null, "account.sign-in-failed", "unknown-account");
            return SignInOutcome.Failed;
        }

        var result = await signInManager.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await RecordAsync(http, account, "account.signed-in", "password");
            return SignInOutcome.Succeeded;
        }

        if (result.RequiresTwoFactor)
        {
            await RecordAsync(http, account, "account.password-accepted", "second factor asked");
            return SignInOutcome.RequiresSecondFactor;
        }

        if (result.IsNotAllowed || result.IsLockedOut)
        {
            // Refused before the password was looked at: one hash check all the same, so that timing tells nothing.
            users.PasswordHasher.VerifyHashedPassword(account, account.PasswordHash, password);
            await RecordAsync(http, account, "account.sign-in-failed", result.IsNotAllowed ? "disabled" : "throttled");
            return SignInOutcome.Failed;
        }

        var until = await signInManager.RecordFailureAsync(account);
        await RecordAsync(http, account, "account.sign-in-failed", until is null ? "wrong-password" : "wrong-password; throttled");
        return SignInOutcome.Failed;
    }

    /// <summary>The second step: a code from the authenticator, or one of the recovery codes.</summary>
    public async Task<SignInOutcome> SecondFactorAsync(HttpContext http, string code, bool isRecoveryCode)
    {
        var account = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            return SignInOutcome.Failed;
        }

        var typed = AuthenticatorCode.Normalize(code);
        var result = isRecoveryCode
            ? await signInManager.TwoFactorRecoveryCodeSignInAsync(typed)
            : await signInManager.TwoFactorAuthenticatorSignInAsync(typed, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await RecordAsync(http, account, "account.signed-in", isRecoveryCode ? "recovery code" : "authenticator");
            return SignInOutcome.Succeeded;
        }

        if (result.IsNotAllowed || result.IsLockedOut)
        {
            await RecordAsync(http, account, "account.sign-in-failed", result.IsNotAllowed ? "disabled" : "throttled");
            return SignInOutcome.Failed;
        }

        var until = await signInManager.RecordFailureAsync(account);
        await RecordAsync(http, account, "account.sign-in-failed", until is null ? "wrong-code" : "wrong-code; throttled");
        return SignInOutcome.Failed;
    }

    public async Task SignOutAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            await audit.AppendAsync(new AuditEntry(
                time.GetUtcNow().UtcDateTime, http.User.AccountId(), http.User.Identity.Name, "account.signed-out", "account", http.User.AccountId(), http.RemoteIp(), null));
        }

        await signInManager.SignOutAsync();
    }

    /// <summary>Volunteers sign in with their phone or ID number, found through the keyed hash, never stored in clear.</summary>
    private async Task<AccountRecord?> FindVolunteerAccountAsync(string login)
    {
        var kind = VolunteerRules.IsMobilePhone(login) ? VolunteerRules.PhoneIdentifier : VolunteerRules.DocumentIdentifier;
        var volunteerId = await volunteers.FindByIdentifierAsync(personalData.LookupHash(kind, login.ToUpperInvariant()));
        return volunteerId is null ? null : await users.FindByIdAsync(volunteerId);
    }

    private Task RecordAsync(HttpContext http, AccountRecord? account, string action, string? detail) =>
        audit.AppendAsync(new AuditEntry(time.GetUtcNow().UtcDateTime, account?.Id, account?.DisplayName, action, "account", account?.Id, http.RemoteIp(), detail));
}
