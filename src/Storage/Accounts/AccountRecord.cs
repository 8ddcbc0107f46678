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

    public int FailedSignIns { get; init; }

    public DateTime? LockoutEndUtc { get; init; }

    public string SecurityStamp { get; init; } = "";

    public bool IsDisabled { get; init; }

    public DateTime CreatedUtc { get; init; }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
