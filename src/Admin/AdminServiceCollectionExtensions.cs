using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Jobs.Campaigns;
using VolunteerRecords.Jobs.Certificates;
using VolunteerRecords.Jobs.Exports;
using VolunteerRecords.Jobs.Imports;
using VolunteerRecords.Jobs.Localization;
using VolunteerRecords.Jobs.Reports;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin;

public static partial class AdminServiceCollectionExtensions
{
    /// <summary>The Razor Pages console and volunteer portal: pages, sign-in, authorization and localization.</summary>
    public static IServiceCollection AddAdminConsole(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(
                o => o.RequireSecondFactor || environment.IsDevelopment(),
                "Security:RequireSecondFactor may be turned off only in Development: bureau accounts, organization admins and "
                + "accounts that may unmask must sign in with an authenticator.")
            .ValidateOnStart();
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName)
            .Validate(
                o => o.KnownProxies.All(p => System.Net.IPAddress.TryParse(p, out _)) && o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                "Proxies:KnownProxies must hold IP addresses and Proxies:KnownNetworks CIDR networks (e.g. 10.0.0.0/24).")
            .ValidateOnStart();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, CachingStringLocalizerFactory>());
        // Chinese text goes out as characters, not as &#x…; entities (Razor still encodes what HTML requires).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // After the framework's own setup, whose binders these wrap or precede.
        services.PostConfigure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            var framework = o.ModelBinderProviders.OfType<Microsoft.AspNetCore.Mvc.ModelBinding.Binders.SimpleTypeModelBinderProvider>().Single();
            o.ModelBinderProviders.Insert(0, new Binding.CheckedValueModelBinderProvider(framework));
            o.ModelBinderProviders.Insert(0, new Binding.BooleanModelBinderProvider());
            o.ModelBinderProviders.Insert(0, new Binding.CleanTextModelBinderProvider());
        });
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, Binding.LocalizedBindingMessages>();
        var pages = services.AddRazorPages(o =>
            {
                o.Conventions.ConfigureFilter(new FirstThingsFirstFilter());
                o.Conventions.ConfigureFilter(new RecentSignInFilter());
                o.Conventions.ConfigureFilter(new Binding.UnreadableInputFilter());
                o.Conventions.ConfigureFilter(new Refusals.DomainExceptionFilter());
            })
            .AddViewLocalization()
            // Forms are checked on the server and explained beside each field (FieldErrorTagHelper); no script reads
            // client validation attributes, which would only carry the framework's English messages into the page.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        AddRuntimeCompilation(pages, environment);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie()
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme);
        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, ConfigureAuthCookie>();
        services.AddAccountIdentity();
        services.AddScoped<AccountCookieEvents>();
        services.AddAuthorization(Policies.Configure);
        services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>, ConfigureAntiforgeryCookie>();
        services.AddScoped<SignInService>();
        services.AddScoped<RecentSignIn>();
        services.AddHostedService<TransportSecurityCheck>();
        services.AddHttpsRedirection(_ => { });
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionOptions>, ConfigureHttpsRedirection>();
        services.AddSingleton<RegionScope>();
        services.AddScoped<VolunteerSheetImporter>();
        services.AddScoped<ServiceSheetImporter>();
        services.AddScoped<CategoryNames>();
        services.AddSingleton<Volunteers.LedgerViewCache>();
        services.AddScoped<Volunteers.OwnPageQuery>();
        services.AddScoped<Volunteers.StaffVolunteerPageQuery>();
        services.AddOptions<CertificateOptions>().BindConfiguration(CertificateOptions.Section)
            .Validate(
                o => CertificateOptions.IsValidOrigin(o.PublicOrigin),
                "Certificates:PublicOrigin must be set to the platform's public address, e.g. https://records.example.gov.cn "
                + "(environment variable Certificates__PublicOrigin): certificate links and QR codes point there.")
            .ValidateOnStart();
        services.AddSingleton<CertificatePdf>();
        services.AddSingleton<CertificateViews>();
        services.AddSingleton<Grains.Campaigns.ICampaignJobs, HangfireCampaignJobs>();
        services.AddScoped<NationalExportFile>();
        services.AddSingleton<ReportGenerator>();
        services.AddScoped<ReportWorkbook>();
        // The server's name and version tell an attacker where to start; nothing needs them.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        services.AddRateLimiter(RateLimitPolicies.Configure);
        services.Configure<RequestLocalizationOptions>(Cultures.Configure);
        return services;
    }

    /// <summary>
    /// ASP.NET Core Identity over the accounts table: the platform's password rule as its only validator (no composition
    /// rule), the authenticator as second factor, and no per-account lockout (see <see cref="AccountSignInManager"/>).
    /// </summary>
    public static IServiceCollection AddAccountIdentity(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<AccountRecord>, PasswordHasher<AccountRecord>>();
        services.AddScoped<IPasswordValidator<AccountRecord>, PasswordPolicyValidator>();
        services.AddIdentityCore<AccountRecord>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                // Volunteers' sign-in names are their numbers, staff choose theirs: the grains check them when opening accounts.
                o.User.AllowedUserNameCharacters = "";
                o.ClaimsIdentity.SecurityStampClaimType = VrClaimTypes.SecurityStamp;
            })
            .AddUserStore<AccountUserStore>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddTokenProvider<AuthenticatorTokenProvider<AccountRecord>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddSignInManager<AccountSignInManager>();
        return services;
    }

    /// <summary>In Debug builds run from source, page edits show without a rebuild.</summary>
    static partial void AddRuntimeCompilation(IMvcBuilder pages, IWebHostEnvironment environment);
}
