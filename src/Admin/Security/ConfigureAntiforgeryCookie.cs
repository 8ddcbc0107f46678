using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace VolunteerRecords.Admin.Security;

public sealed class ConfigureAntiforgeryCookie(IOptions<SecurityOptions> security) : IPostConfigureOptions<AntiforgeryOptions>
{
    public void PostConfigure(string? name, AntiforgeryOptions options) =>
        options.Cookie.SecurePolicy = security.Value.RequireSecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}
