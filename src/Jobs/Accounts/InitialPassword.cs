using System.Security.Cryptography;

namespace VolunteerRecords.Jobs.Accounts;

/// <summary>
/// A password someone else hands over (new staff, on-site registration): random, without look-alike characters,
/// shown once, and replaced by its owner at first sign-in.
/// </summary>
public static class InitialPassword
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const int Length = 12;

    public static string Create()
    {
        var all = Letters + Digits;
        var characters = new char[Length];
        characters[0] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        characters[1] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var i = 2; i < Length; i++)
        {
            characters[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }
}
