namespace VolunteerRecords.Jobs.Certificates;

/// <summary>Configuration "Certificates".</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>Chromium prints certificates to PDF with the system's CJK fonts (fonts-noto-cjk).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>
    /// The public address (https://host, no path) that verification links and QR codes point at. Required: a link
    /// built from the request's Host header could be steered by whoever sends the request.
    /// </summary>
    public string? PublicOrigin { get; set; }

    public static bool IsValidOrigin(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;

    /// <summary>Certificates printed to PDF at the same time on one node; further requests queue.</summary>
    public int ConcurrentPrints { get; set; } = 2;

    /// <summary>Verification attempts allowed per address per minute.</summary>
    public int VerificationsPerMinute { get; set; } = 10;
}
