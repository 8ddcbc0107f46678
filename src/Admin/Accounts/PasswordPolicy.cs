namespace VolunteerRecords.Admin.Accounts;

public static class PasswordPolicy
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 128;

    public static bool IsAcceptable(string password) =>
        password.Length is >= MinimumLength and <= MaximumLength
        && password.Any(char.IsLetter)
        && password.Any(char.IsDigit);
}
