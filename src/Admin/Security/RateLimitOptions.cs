namespace VolunteerRecords.Admin.Security;

/// <summary>Configuration "RateLimits": requests a minute per client address, after forwarded headers from known proxies.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in attempts (posts) a minute.</summary>
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Self-registrations (posts) a minute.</summary>
    public int RegistrationsPerMinute { get; set; } = 5;

    /// <summary>Report and export downloads a minute.</summary>
    public int DownloadsPerMinute { get; set; } = 30;

    /// <summary>Certificate PDFs a minute: each starts a browser.</summary>
    public int CertificatePdfsPerMinute { get; set; } = 6;
}
