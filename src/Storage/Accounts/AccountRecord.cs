using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Storage.Accounts;

public sealed class AccountRecord
{
    public string Id { get; init; } = "";

    public string UserName { get; init; } = "";

    public string NormalizedUserName { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string PasswordHash { get; set; } = "";

    public Role Role { get; init; }

    public string? RegionCode { get; init; }

    public string? OrganizationId { get; init; }

    public string? VolunteerId { get; init; }

    /// <summary>Changes whenever the password, the second factor or the account's standing changes; sign-ins made before it end.</summary>
    public string SecurityStamp { get; set; } = "";

    public bool IsDisabled { get; init; }

    /// <summary>Set for an initial password someone else chose (on-site registration); cleared when the owner sets their own.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>May see full ID numbers and phones of the people in their scope; every unmasking is audited.</summary>
    public bool CanUnmask { get; init; }

    /// <summary>For staff: the keyed hash of their own ID number, which finds their own volunteer record (A21).</summary>
    public string? PersonalDocumentHash { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>Sign-in asks for an authenticator code once the owner has enrolled one.</summary>
    public bool TwoFactorEnabled { get; set; }

    /// <summary>The authenticator's shared secret, encrypted with the platform's data protection keys.</summary>
    public string? AuthenticatorKey { get; set; }

    /// <summary>SHA-256 hashes of the unused recovery codes, separated by ';'.</summary>
    public string? RecoveryCodes { get; set; }

    /// <summary>
    /// Who sees many people's data or can change who may: every bureau account, every organization admin and every
    /// account that may unmask ID numbers. These must have a second factor before they can do anything else.
    /// </summary>
    public bool RequiresSecondFactor => Role is Role.CityAdmin or Role.DistrictAdmin or Role.OrganizationAdmin || CanUnmask;

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    /// <summary>A staff or bureau account someone else opens: its initial password is replaced at first sign-in.</summary>
    public static AccountRecord HandedOver(
        string id, string userName, string displayName, string passwordHash, Role role, string? regionCode, string? organizationId, bool canUnmask, DateTime createdUtc,
        string? personalDocumentHash = null) => new()
        {
            Id = id,
            UserName = userName,
            NormalizedUserName = Normalize(userName),
            DisplayName = displayName,
            PasswordHash = passwordHash,
            Role = role,
            RegionCode = regionCode,
            OrganizationId = organizationId,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedUtc = createdUtc,
            MustChangePassword = true,
            CanUnmask = canUnmask,
            PersonalDocumentHash = personalDocumentHash,
        };
}
