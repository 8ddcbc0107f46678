using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Accounts;

/// <summary>
/// ASP.NET Core Identity over the platform's own accounts table. Identity checks and changes passwords, stamps and the
/// second factor; accounts themselves are opened and closed by the grains that own them (audited there), so this
/// store neither creates nor deletes. The authenticator secret is kept encrypted and recovery codes only as hashes.
/// </summary>
public sealed class AccountUserStore(IAccountStore accounts, IDataProtectionProvider protection) :
    IUserPasswordStore<AccountRecord>,
    IUserSecurityStampStore<AccountRecord>,
    IUserTwoFactorStore<AccountRecord>,
    IUserAuthenticatorKeyStore<AccountRecord>,
    IUserTwoFactorRecoveryCodeStore<AccountRecord>
{
    private const char CodeSeparator = ';';

    private readonly IDataProtector _keyProtector = protection.CreateProtector("VolunteerRecords.Accounts.AuthenticatorKey");

    public Task<string> GetUserIdAsync(AccountRecord user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(AccountRecord user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task<string?> GetNormalizedUserNameAsync(AccountRecord user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedUserName);

    /// <summary>Sign-in names are chosen when the account is opened and never renamed through Identity.</summary>
    public Task SetUserNameAsync(AccountRecord user, string? userName, CancellationToken cancellationToken) =>
        userName == user.UserName ? Task.CompletedTask : throw new NotSupportedException("Sign-in names are set when the account is opened.");

    /// <summary>Identity normalizes the name again before each update; the stored form is the same upper-case one.</summary>
    public Task SetNormalizedUserNameAsync(AccountRecord user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IdentityResult> CreateAsync(AccountRecord user, CancellationToken cancellationToken) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "Account.OpenedByGrain", Description = "Accounts are opened by the organization or bureau that owns them." }));

    public async Task<IdentityResult> UpdateAsync(AccountRecord user, CancellationToken cancellationToken)
    {
        await accounts.UpdateCredentialsAsync(user, cancellationToken);
        return IdentityResult.Success;
    }

    public Task<IdentityResult> DeleteAsync(AccountRecord user, CancellationToken cancellationToken) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "Account.NeverDeleted", Description = "Accounts are disabled, never deleted: their audit trail stays." }));

    public Task<AccountRecord?> FindByIdAsync(string userId, CancellationToken cancellationToken) => accounts.FindByIdAsync(userId, cancellationToken);

    public Task<AccountRecord?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        accounts.FindByUserNameAsync(normalizedUserName, cancellationToken);

    public Task SetPasswordHashAsync(AccountRecord user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(AccountRecord user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.PasswordHash.Length == 0 ? null : user.PasswordHash);

    public Task<bool> HasPasswordAsync(AccountRecord user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash.Length > 0);

    public Task SetSecurityStampAsync(AccountRecord user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(AccountRecord user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task SetTwoFactorEnabledAsync(AccountRecord user, bool enabled, CancellationToken cancellationToken)
    {
        user.TwoFactorEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task<bool> GetTwoFactorEnabledAsync(AccountRecord user, CancellationToken cancellationToken) => Task.FromResult(user.TwoFactorEnabled);

    public Task SetAuthenticatorKeyAsync(AccountRecord user, string key, CancellationToken cancellationToken)
    {
        user.AuthenticatorKey = _keyProtector.Protect(key);
        return Task.CompletedTask;
    }

    public Task<string?> GetAuthenticatorKeyAsync(AccountRecord user, CancellationToken cancellationToken) =>
        Task.FromResult(user.AuthenticatorKey is { } stored ? _keyProtector.Unprotect(stored) : null);

    public Task ReplaceCodesAsync(AccountRecord user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        user.RecoveryCodes = string.Join(CodeSeparator, recoveryCodes.Select(Hash));
        return Task.CompletedTask;
    }

    public Task<bool> RedeemCodeAsync(AccountRecord user, string code, CancellationToken cancellationToken)
    {
        var hashes = StoredHashes(user);
        var hash = Hash(code);
        if (!hashes.Remove(hash))
        {
            return Task.FromResult(false);
        }

        user.RecoveryCodes = string.Join(CodeSeparator, hashes);
        return Task.FromResult(true);
    }

    public Task<int> CountCodesAsync(AccountRecord user, CancellationToken cancellationToken) => Task.FromResult(StoredHashes(user).Count);

    public void Dispose()
    {
    }

    private static List<string> StoredHashes(AccountRecord user) =>
        string.IsNullOrEmpty(user.RecoveryCodes) ? [] : [.. user.RecoveryCodes.Split(CodeSeparator)];

    /// <summary>Codes are typed by hand: case, spaces and hyphens do not count.</summary>
    private static string Hash(string code)
    {
        var folded = new string([.. code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }
}
