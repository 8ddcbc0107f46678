using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace VolunteerRecords.Admin.Security;

/// <summary>The https port comes from the platform's settings: behind a TLS proxy the server cannot see it.</summary>
public sealed class ConfigureHttpsRedirection(IOptions<SecurityOptions> security) : IConfigureOptions<HttpsRedirectionOptions>
{
    public void Configure(HttpsRedirectionOptions options) => options.HttpsPort = security.Value.HttpsPort;
}
