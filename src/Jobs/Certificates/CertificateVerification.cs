namespace VolunteerRecords.Jobs.Certificates;

/// <summary>The public check of a certificate: only what is needed to compare it against the paper.</summary>
public static class CertificateVerification
{
    public const string RateLimitPolicy = "certificate-verification";

    /// <summary>The address the QR code carries.</summary>
    public static string Url(string origin, string number, string code) =>
        $"{origin.TrimEnd('/')}/Verify?number={Uri.EscapeDataString(number)}&code={Uri.EscapeDataString(code)}";

    /// <summary>张三丰 → 张*丰, 李雷 → 李*: enough to compare with the paper, not to identify a stranger.</summary>
    public static string MaskName(string name) =>
        name.Length switch
        {
            <= 1 => name,
            2 => name[0] + "*",
            _ => name[0] + new string('*', name.Length - 2) + name[^1],
        };
}
