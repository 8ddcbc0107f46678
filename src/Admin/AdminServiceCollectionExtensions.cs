using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Campaigns;
using VolunteerRecords.Admin.Certificates;
using VolunteerRecords.Admin.Exports;
using VolunteerRecords.Admin.Imports;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Admin.Reports;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin;

public static partial class AdminServiceCollectionExtensions
{
    /// <summary>The Razor Pages console and volunteer portal: pages, sign-in, authorization and localization.</summary>
    public static IServiceCollection AddAdminConsole(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Chinese text goes out as characters, not as &#x…; entities (Razor still encodes what HTML requires).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        var pages = services.AddRazorPages(o => o.Conventions.ConfigureFilter(new MustChangePasswordFilter()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        AddRuntimeCompilation(pages, environment);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, ConfigureAuthCookie>();
        services.AddScoped<AccountCookieEvents>();
        services.AddAuthorization(Policies.Configure);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "vr.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>, ConfigureAntiforgeryCookie>();
        services.AddSingleton<IPasswordHasher<AccountRecord>, PasswordHasher<AccountRecord>>();
        services.AddScoped<SignInService>();
        services.AddSingleton<RegionScope>();
        services.AddScoped<VolunteerSheetImporter>();
        services.AddScoped<CategoryNames>();
        services.AddOptions<CertificateOptions>().BindConfiguration(CertificateOptions.Section);
        services.AddSingleton<CertificatePdf>();
        services.AddSingleton<CertificateViews>();
        services.AddSingleton<CampaignScheduler>();
        services.AddScoped<NationalExportFile>();
        services.AddSingleton<ReportGenerator>();
        services.AddScoped<ReportWorkbook>();
        // Public verification answers valid, revoked or unknown: limited per address so codes cannot be guessed in bulk.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(CertificateVerification.RateLimitPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<CertificateOptions>>().Value.VerificationsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        services.Configure<RequestLocalizationOptions>(Cultures.Configure);
        return services;
    }

    /// <summary>In Debug builds run from source, page edits show without a rebuild.</summary>
    static partial void AddRuntimeCompilation(IMvcBuilder pages, IWebHostEnvironment environment);
}
