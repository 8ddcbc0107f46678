namespace VolunteerRecords.Admin.Accounts;

/// <summary>
/// What a chosen password must be (ASVS 5.0, 6.2): long enough, with no composition rule, not one that everybody
/// tries first, and not the sign-in name or phone it protects.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 128;

    public const string TooShort = "Password.TooShort";
    public const string Common = "Password.Common";
    public const string SameAsLogin = "Password.SameAsLogin";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(LoadCommon);

    /// <summary>How many common passwords the platform ships and refuses.</summary>
    public static int CommonCount => CommonPasswords.Value.Count;

    /// <returns>null when acceptable, else the code of the rule it breaks.</returns>
    public static string? Check(string? password, params string?[] identifiers)
    {
        if (password is null || password.Length is < MinimumLength or > MaximumLength)
        {
            return TooShort;
        }

        var folded = password.Trim().ToLowerInvariant();
        if (identifiers.Any(i => !string.IsNullOrWhiteSpace(i) && string.Equals(i.Trim(), password.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return SameAsLogin;
        }

        return CommonPasswords.Value.Contains(folded) ? Common : null;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("VolunteerRecords.Admin.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
