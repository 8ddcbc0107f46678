namespace VolunteerRecords.Grains.Organizations;

public static class OrganizationRules
{
    public const int MaxNameLength = 100;
    public const int MaxContactNameLength = 50;
    public const int MaxReasonLength = 500;

    /// <summary>Staff sign-in names: letters, digits, dot, dash and underscore; never a phone or ID number.</summary>
    public static bool IsStaffUserName(string name) =>
        name.Length is >= 3 and <= 32 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') && !name.All(char.IsAsciiDigit);

    /// <summary>An organization's contact number: landline (with area code) or mobile.</summary>
    public static bool IsContactPhone(string phone) =>
        phone.Length is >= 7 and <= 20 && phone.All(c => char.IsAsciiDigit(c) || c == '-') && char.IsAsciiDigit(phone[0]);
}
