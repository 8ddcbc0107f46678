using System.Security.Cryptography;
using System.Text;

namespace VolunteerRecords.Grains.Common;

/// <summary>
/// Personal identifiers (phone, ID number) are stored encrypted (AES-256-GCM, random nonce) and found again through
/// a keyed hash (HMAC-SHA256), so neither the database nor a backup reveals them, and equal values still match.
/// Encryption and hashing use separate keys derived from the one configured master key.
/// </summary>
public sealed class PersonalDataProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _lookupKey;

    public PersonalDataProtector(PersonalDataOptions options)
    {
        byte[] master;
        try
        {
            master = Convert.FromBase64String(options.Key);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("PersonalData:Key must be 32 bytes, base64.");
        }

        if (master.Length != 32)
        {
            throw new InvalidOperationException("PersonalData:Key must be 32 bytes, base64.");
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "vr-personal-data-encryption"u8.ToArray());
        _lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "vr-personal-data-lookup"u8.ToArray());
    }

    public string Protect(string value)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    public string Unprotect(string protectedValue)
    {
        var input = Convert.FromBase64String(protectedValue);
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <param name="kind">Keeps a phone and an ID number that happen to be equal strings apart.</param>
    public string LookupHash(string kind, string value)
    {
        var hash = HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(kind + ":" + value.Trim().ToUpperInvariant()));
        // Upper case throughout, so the value survives the account store's user-name normalisation unchanged.
        return kind.ToUpperInvariant() + ":" + Convert.ToHexString(hash);
    }

    /// <summary>Shows the first and last characters only, e.g. 138****5678.</summary>
    public static string Mask(string value, int keepStart, int keepEnd)
    {
        if (value.Length <= keepStart + keepEnd)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }
}
