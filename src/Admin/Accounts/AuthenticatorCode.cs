namespace VolunteerRecords.Admin.Accounts;

/// <summary>How a typed code and a shown secret look: people type codes with spaces and read secrets in groups.</summary>
public static class AuthenticatorCode
{
    public const string Issuer = "志愿服务记录";

    public static string Normalize(string? code) => new([.. (code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    /// <summary>The secret in groups of four, as authenticator apps ask for it when typed by hand.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))));

    /// <summary>The key-uri address (otpauth://) every authenticator app reads from the QR code.</summary>
    public static string KeyUri(string accountName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(accountName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
}
