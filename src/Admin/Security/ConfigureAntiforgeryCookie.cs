using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace VolunteerRecords.Admin.Security;

public sealed class ConfigureAntiforgeryCookie(IOptions<SecurityOptions> security) : IPostConfigureOptions<AntiforgeryOptions>
{
    public void PostConfigure(string? name, AntiforgeryOptions options)
    {
        var secure = security.Value.RequireSecureCookies;
        options.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.Cookie.Name = secure ? "__Host-vr.antiforgery" : "vr.antiforgery";
        options.Cookie.Path = "/";
    }
}
