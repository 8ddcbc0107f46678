using System.Globalization;

namespace VolunteerRecords.Grains.Volunteers.Identity;

/// <summary>
/// Reads the 18-character numbers of GB 11643 (resident ID card) and the two permits built on it: 17 digits and an
/// ISO 7064 MOD 11-2 check character, birth date in characters 7–14, sex in the parity of the 17th.
/// Only the province part of the address code is checked strictly: a six-digit county code may since have been
/// abolished and is still valid on the card.
/// </summary>
public static class IdDocuments
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Provinces, autonomous regions and municipalities of GB/T 2260.</summary>
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    ];

    /// <summary>Residence permits for Hong Kong (81), Macao (82) and Taiwan (83) residents.</summary>
    private static readonly HashSet<string> PermitRegions = ["81", "82", "83"];

    public const int MaxPassportLength = 20;

    public static IdNumberCheck Check(IdDocumentType type, string? number, DateOnly today)
    {
        var normalized = (number ?? "").Trim().ToUpperInvariant();
        if (type == IdDocumentType.Passport)
        {
            return normalized.Length is >= 5 and <= MaxPassportLength && normalized.All(char.IsAsciiLetterOrDigit)
                ? new IdNumberCheck(true, null, normalized, null, null)
                : IdNumberCheck.Invalid(IdErrors.PassportInvalid, normalized);
        }

        if (normalized.Length != 18 || !normalized[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(normalized[17]) || normalized[17] == 'X'))
        {
            return IdNumberCheck.Invalid(IdErrors.IdNumberFormat, normalized);
        }

        if (CheckCharacter(normalized) != normalized[17])
        {
            return IdNumberCheck.Invalid(IdErrors.IdNumberCheckCharacter, normalized);
        }

        var region = normalized[..2];
        var regionFits = type switch
        {
            IdDocumentType.ResidentIdCard => Provinces.Contains(region),
            IdDocumentType.HkMacaoTaiwanResidencePermit => PermitRegions.Contains(region),
            IdDocumentType.ForeignPermanentResidentCard => normalized[0] == '9',
            _ => false,
        };
        if (!regionFits)
        {
            return IdNumberCheck.Invalid(IdErrors.IdNumberRegion, normalized);
        }

        if (!DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today || birth < today.AddYears(-130))
        {
            return IdNumberCheck.Invalid(IdErrors.IdNumberBirthDate, normalized);
        }

        var sex = (normalized[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return new IdNumberCheck(true, null, normalized, birth, sex);
    }

    /// <summary>The check character for the first 17 digits (ISO 7064 MOD 11-2).</summary>
    public static char CheckCharacter(string number)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (number[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Shows the first four and last four characters: 2109**********123X.</summary>
    public static string Mask(string number) => number.Length <= 8 ? new string('*', number.Length) : Common.PersonalDataProtector.Mask(number, 4, 4);

    /// <summary>Full years of age on <paramref name="today"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        return birthDate.AddYears(age) > today ? age - 1 : age;
    }
}
