using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Storage.Accounts;

public interface IAccountStore
{
    Task<AccountRecord?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default);

    Task<AccountRecord?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    /// <returns>false when the user name is taken.</returns>
    Task<bool> TryCreateAsync(AccountRecord account, CancellationToken cancellationToken = default);

    Task<int> CountAsync(Role role, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores what ASP.NET Core Identity changed on the account: password hash, security stamp, must-change flag and the
    /// second factor. Every other column is set by the grain that owns the account.
    /// </summary>
    Task UpdateCredentialsAsync(AccountRecord account, CancellationToken cancellationToken = default);

    /// <summary>The owner lost the authenticator: it is removed, to be enrolled anew at the next sign-in; open sessions end.</summary>
    Task ResetSecondFactorAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Someone else set a one-time password (she forgot hers): it must be changed at first sign-in, the lockout is
    /// lifted and every open session ends.
    /// </summary>
    Task ResetPasswordAsync(string id, string passwordHash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AccountRecord>> ListByOrganizationAsync(string organizationId, CancellationToken cancellationToken = default);

    /// <summary>The bureau accounts of a region and everything in it (a LIKE pattern of region codes).</summary>
    Task<IReadOnlyList<AccountRecord>> ListBureauAsync(string regionPattern, CancellationToken cancellationToken = default);

    /// <summary>Disables or re-enables an account; disabling ends its open sessions at once, and a new stamp ends any other sign-in state.</summary>
    Task SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken = default);
}
