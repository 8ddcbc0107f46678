using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace VolunteerRecords.Admin.Security;

public sealed class ConfigureAuthCookie(IOptions<SecurityOptions> security) : IConfigureNamedOptions<CookieAuthenticationOptions>
{
    public void Configure(string? name, CookieAuthenticationOptions options)
    {
        var settings = security.Value;
        if (name is not CookieAuthenticationDefaults.AuthenticationScheme)
        {
            // Identity's short-lived cookie between the password and the code: it names the account and nothing more.
            options.Cookie.Name = (settings.RequireSecureCookies ? "__Host-" : "") + "vr.2fa";
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = settings.RequireSecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            options.SlidingExpiration = false;
            return;
        }

        // The __Host- prefix makes the browser refuse the cookie unless it is Secure, host-only and for the whole site.
        options.Cookie.Name = settings.RequireSecureCookies ? "__Host-vr.auth" : "vr.auth";
        options.Cookie.Path = "/";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = settings.RequireSecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        // Idle timeout: each request within the window extends it; a session left alone expires.
        options.ExpireTimeSpan = settings.IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = "/Account/Login";
        options.LogoutPath = "/Account/Logout";
        options.AccessDeniedPath = "/Account/AccessDenied";
        options.EventsType = typeof(AccountCookieEvents);
    }

    public void Configure(CookieAuthenticationOptions options) => Configure(Options.DefaultName, options);
}
