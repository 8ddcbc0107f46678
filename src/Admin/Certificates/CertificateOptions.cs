namespace VolunteerRecords.Admin.Certificates;

/// <summary>Configuration "Certificates".</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>Chromium prints certificates to PDF with the system's CJK fonts (fonts-noto-cjk).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>The public address the QR code points at (https://…); the request's own address when not set.</summary>
    public string? PublicOrigin { get; set; }

    /// <summary>Verification attempts allowed per address per minute.</summary>
    public int VerificationsPerMinute { get; set; } = 10;
}
