using System.Security.Cryptography;
using System.Text;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Silo.Security;

internal static class KeyRingCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static string Seal(PersonalDataOptions options, string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceSize));
        using var aes = new AesGcm(DeriveKey(options), TagSize);
        aes.Encrypt(output.AsSpan(0, NonceSize), plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    public static string Open(PersonalDataOptions options, string sealedText)
    {
        var input = Convert.FromBase64String(sealedText);
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(DeriveKey(options), TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] DeriveKey(PersonalDataOptions options) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(options.Key), 32, info: "vr-data-protection-key-ring"u8.ToArray());
}
