using Microsoft.AspNetCore.Identity;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Accounts;

/// <summary>The platform's password rule (<see cref="PasswordPolicy"/>) as Identity's only password validator.</summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<AccountRecord>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AccountRecord> manager, AccountRecord user, string? password) =>
        Task.FromResult(PasswordPolicy.Check(password, user.UserName, user.DisplayName) is { } broken
            ? IdentityResult.Failed(new IdentityError { Code = broken, Description = broken })
            : IdentityResult.Success);
}
