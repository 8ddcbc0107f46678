using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VolunteerRecords.Jobs.Certificates;

namespace VolunteerRecords.Admin.Security;

/// <summary>
/// The limits of the public and expensive doors, each partitioned by the real client address: the connection's, or
/// the one a configured proxy forwarded (never a header a client sets itself).
/// </summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string Downloads = "downloads";
    public const string CertificatePdf = "certificate-pdf";

    public static void Configure(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(CertificateVerification.RateLimitPolicy, context =>
            PerClient(context, context.RequestServices.GetRequiredService<IOptions<CertificateOptions>>().Value.VerificationsPerMinute));
        limiter.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method) ? PerClient(context, Limits(context).SignInsPerMinute) : Unlimited);
        limiter.AddPolicy(Registration, context => HttpMethods.IsPost(context.Request.Method) ? PerClient(context, Limits(context).RegistrationsPerMinute) : Unlimited);
        limiter.AddPolicy(Downloads, context => IsHandler(context, "Download") ? PerClient(context, Limits(context).DownloadsPerMinute) : Unlimited);
        limiter.AddPolicy(CertificatePdf, context => IsHandler(context, "Pdf") ? PerClient(context, Limits(context).CertificatePdfsPerMinute) : Unlimited);
    }

    private static RateLimitPartition<string> Unlimited => RateLimitPartition.GetNoLimiter("unlimited");

    private static RateLimitOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static bool IsHandler(HttpContext context, string handler) =>
        string.Equals(context.Request.Query["handler"], handler, StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.Value?.EndsWith("/" + handler, StringComparison.OrdinalIgnoreCase) == true;

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
