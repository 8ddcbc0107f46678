using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Imports;
using VolunteerRecords.Admin.Localization;
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
        services.Configure<Microsoft.AspNetCore.Builder.RequestLocalizationOptions>(Cultures.Configure);
        return services;
    }

    /// <summary>In Debug builds run from source, page edits show without a rebuild.</summary>
    static partial void AddRuntimeCompilation(IMvcBuilder pages, IWebHostEnvironment environment);
}
