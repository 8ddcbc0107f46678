namespace VolunteerRecords.Admin.Security;

public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Cookies only over HTTPS. Browsers treat http://localhost as secure, so local runs still work.</summary>
    public bool RequireSecureCookies { get; set; } = true;

    /// <summary>Where a plain-http request is sent: the public https port (the TLS proxy's, usually 443).</summary>
    public int HttpsPort { get; set; } = 443;

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A staff session ends after one working day however active it is.</summary>
    public TimeSpan StaffSessionLifetime { get; set; } = TimeSpan.FromHours(9);

    public TimeSpan VolunteerSessionLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Failures from one address for one account before that pair has to wait.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>The first wait; it doubles with each further failure from the same address, up to <see cref="LongestSignInDelay"/>.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan LongestSignInDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Bureau accounts, organization admins and accounts that may unmask must enrol an authenticator before anything
    /// else. Only test hosts turn this off, to sign in without one; outside Development the platform refuses to start so.
    /// </summary>
    public bool RequireSecondFactor { get; set; } = true;

    /// <summary>How long a proof of identity holds for revealing ID numbers, creating staff, national exports and the like.</summary>
    public TimeSpan RecentSignInWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a session is checked against its account (disabled, password or role changed).</summary>
    public TimeSpan AccountRecheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
