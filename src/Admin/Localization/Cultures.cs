using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace VolunteerRecords.Admin.Localization;

public static class Cultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Chinese unless the user chose English (cookie) or a link asks for it (?culture=en); the browser's language does not decide.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        CultureInfo[] supported = [new(Chinese), new(English)];
        options.DefaultRequestCulture = new RequestCulture(Chinese);
        options.SupportedCultures = supported;
        options.SupportedUICultures = supported;
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
    }

    /// <summary>A day and a time of day in China Standard Time, as the UTC instant.</summary>
    public static DateTime ChinaToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), ChinaStandardTime);

    /// <summary>Reads a date typed in China Standard Time as the UTC instant it starts at.</summary>
    public static DateTime ChinaDateToUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChinaStandardTime);
}
