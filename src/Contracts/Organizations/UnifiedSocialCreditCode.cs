namespace VolunteerRecords.Grains.Organizations;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters over an alphabet of 31 (digits and capitals without I, O, Z, S, V),
/// the last a MOD 31 check character over the first 17.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string code)
    {
        if (code.Length != 18 || code.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0))
        {
            return false;
        }

        return CheckCharacter(code) == code[17];
    }

    public static char CheckCharacter(string code)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
