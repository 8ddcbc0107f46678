using System.Security.Cryptography;
using System.Text;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Certificates;

/// <summary>Verification codes: printed on the certificate, compared by hash, never stored in clear.</summary>
public static class CertificateCodes
{
    public const int Length = 8;

    /// <summary>Derived from the certificate with the platform's key, so a retry or a reprint shows the same code.</summary>
    public static string Derive(PersonalDataProtector keys, string certificateId) =>
        keys.LookupHash("certificate-code", certificateId).Split(':')[1][..Length];

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    /// <summary>In constant time, so a wrong guess teaches nothing about how close it came.</summary>
    public static bool Matches(string code, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code)), Encoding.ASCII.GetBytes(hash));

    /// <summary>What a person types from paper: spaces and letter case do not matter.</summary>
    public static string Normalize(string code) => new([.. code.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);
}
