using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Admin.Refusals;

namespace VolunteerRecords.Admin;

public static class AdminApplicationBuilderExtensions
{
    public static WebApplication UseAdminConsole(this WebApplication app)
    {
        // Every response, error pages and the job dashboard included, carries the browser's protections.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/jobs"), branch => branch.UseSecurityHeaders(PagePolicy()));
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/jobs"), branch => branch.UseSecurityHeaders(DashboardPolicy()));

        // Forwarded headers only from the proxies configured: from anyone else they are the client's own words.
        var proxies = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (proxies.Any)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Proxies())
            {
                forwarded.KnownProxies.Add(proxy);
            }

            foreach (var network in proxies.Networks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }

            app.UseForwardedHeaders(forwarded);
        }

        // The default run is for real use on one machine: no stack trace reaches a user unless a setting asks for it.
        if (!app.Configuration.GetValue<bool>("Diagnostics:DetailedErrors"))
        {
            // A database that is unreachable for a moment, or a grain on a silo that just died, is not the request's
            // fault: 503 and "please retry", which a balancer and a person both understand.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = exception => TransientFailure.Is(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Secure cookies never come back over plain http, so a form there could only fail: such a request is sent to
        // https instead. Health probes stay on whatever the balancer uses.
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireSecureCookies)
        {
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>
    /// The pages use no script and no inline style: nothing but the site's own files may style them, nothing may run.
    /// Hangfire's dashboard runs its own scripts and inline styles; it too may not be framed or load other origins.
    /// </summary>
    private static HeaderPolicyCollection PagePolicy() => Policy(dashboard: false);

    private static HeaderPolicyCollection DashboardPolicy() => Policy(dashboard: true);

    private static HeaderPolicyCollection Policy(bool dashboard) => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddFrameOptionsDeny()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .RemoveServerHeader()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            if (dashboard)
            {
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self().UnsafeInline();
            }
            else
            {
                csp.AddScriptSrc().None();
                csp.AddStyleSrc().Self();
            }

            // The certificate's QR code is a data: image.
            csp.AddImgSrc().Self().Data();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
            csp.AddBaseUri().Self();
            csp.AddObjectSrc().None();
        });
}
