using System.Text.RegularExpressions;

namespace VolunteerRecords.Grains.Volunteers;

public static partial class VolunteerRules
{
    public const int MaxNameLength = 50;
    public const int MaxSkillsLength = 200;

    /// <summary>Volunteer numbers carry the city's division code, then a serial: 2109 + 8 digits.</summary>
    public const string NumberPrefix = "2109";

    public const int MaxReasonLength = 500;
    public const int MaxGuardianNameLength = 50;
    public const int MaxRelationLength = 20;
    public const int AdultAge = 18;

    /// <summary>PIPL Art 31: a child under 14 needs the guardian's consent to the processing of their personal data.</summary>
    public const int ChildAge = 14;

    /// <summary>Under 14, disclosure to third parties and the honour roll are her guardian's decision, not hers (A7.2; PIPL Art 31).</summary>
    public static bool GuardianDecidesDisclosure(int age) => age < ChildAge;

    /// <summary>A minor's name is public only once her guardian agreed; an adult's once she did (A23, A30).</summary>
    public static bool NameIsPublic(int age, bool disclose, bool guardianAgreed) => disclose && (age >= AdultAge || guardianAgreed);

    /// <summary>From 14 to 18 she decides on disclosure herself and her guardian is told, until the guardian agrees too (A7.2).</summary>
    public static bool GuardianToBeTold(int age, bool disclose, bool namePublic) =>
        disclose && !namePublic && age is >= ChildAge and < AdultAge;

    public const string PhoneIdentifier = "phone";
    public const string DocumentIdentifier = "id";

    public static string VolunteerNumber(long serial) => NumberPrefix + serial.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A mainland mobile number: 11 digits beginning 13–19.</summary>
    public static bool IsMobilePhone(string phone) => MobilePhone().IsMatch(phone);

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePhone();
}
