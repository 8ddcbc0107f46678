using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>
/// Every page handler of the matrix, asked by an actor it admits, with each field its page shows set in turn to each
/// value of a hostile corpus: junk booleans, numbers out of every range, years 0001 and 9999, zero-width and
/// right-to-left text, over-long text, markup and nulls. Whatever the page answers, it is never HTTP 500 (issue 14).
/// </summary>
public sealed partial class HostileInputTests(AppFixture app)
{
    private const int FieldsPerPage = 12;

    /// <summary>The start of the message above a form whose post had a field that could not be read.</summary>
    private const string UnreadableMessage = "未作任何更改，请检查后重新填写";

    /// <summary>The corpus: each is a value a browser, a script or a confused user can send.</summary>
    private static readonly string[] Corpus =
    [
        "yes",
        "-1",
        "99999999999999999999999",
        "0001-01-01",
        "9999-12-31",
        "\u200B\u200B\u200B",
        "\u202Egnp.exe",
        new string('长', 5000),
        "<script>alert(1)</script>\u0000",
        "[]",
    ];

    /// <summary>Who asks: the first of these the handler admits, so that the page gets past its permission checks.</summary>
    private static readonly Who[] Preference = [Who.City, Who.AdminA, Who.RecorderA, Who.Volunteer, Who.DistrictA, Who.Anonymous];

    [Fact]
    public async Task No_field_of_any_form_or_query_gives_an_http_500_A20_A23()
    {
        await using var world = await MatrixWorld.BuildAsync(app);
        var failures = new List<string>();
        var unexplained = new List<string>();
        var asked = 0;
        var refusedBeside = 0;
        // Signing out and resetting passwords end sessions, and wrong passwords on the confirmation page would slow
        // the shared city admin's sign-ins for every other test: those rows are not asked here.
        var skipped = new[] { typeof(Pages.Account.LogoutModel), typeof(Pages.Account.ConfirmModel) };
        foreach (var row in AuthorizationMatrixTests.Rows(world).Where(r => !skipped.Contains(r.Page) && r.Handler != "OnPostResetPasswordAsync"))
        {
            var who = Preference.FirstOrDefault(row.Allowed.Contains, Who.Anonymous);
            var client = world.Client(who);
            var form = await client.GetAsync(row.Url);
            var token = (await client.GetAsync("/Account/Login")).Hidden("__RequestVerificationToken") ?? "";
            foreach (var field in FieldNames(form.Html).Take(FieldsPerPage))
            {
                foreach (var value in Corpus)
                {
                    asked++;
                    var answer = row.IsPost
                        ? await client.PostAsync(row.Address, [new("__RequestVerificationToken", token), new("operationId", Guid.NewGuid().ToString()), new(field, value)])
                        : await client.GetAsync(row.Address + (row.Address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Uri.EscapeDataString(field) + "=" + Uri.EscapeDataString(value));
                    if (answer.Status == HttpStatusCode.InternalServerError)
                    {
                        failures.Add($"{row.Page.Name}.{row.Handler} as {who}: {field}={Shown(value)} → 500 {FirstLine(answer.Html)}");
                    }
                    else if (row.IsPost && answer.Html.Contains(UnreadableMessage, StringComparison.Ordinal) && ShowsField(answer.Html, field))
                    {
                        refusedBeside++;
                        if (!answer.Html.Contains($"data-valmsg-for=\"{WebUtility.HtmlEncode(field)}\"", StringComparison.Ordinal))
                        {
                            unexplained.Add($"{row.Page.Name}.{row.Handler}: {field}={Shown(value)} refused with no message beside the field");
                        }
                    }
                }
            }
        }

        Assert.True(asked > 1000, $"only {asked} requests were asked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {asked} answers were 500:\n" + string.Join("\n", failures.Distinct().Take(60)));
        Assert.True(refusedBeside > 100, $"only {refusedBeside} refused fields were looked for beside their field");
        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained.Distinct().Take(60)));
    }

    [Fact]
    public async Task An_unreadable_number_or_a_far_date_changes_nothing_and_the_page_names_the_field_A20()
    {
        await using var world = await MatrixWorld.BuildAsync(app);
        var recorder = world.Client(Who.RecorderA);
        var page = $"/Activities/Details/{world.DraftActivity}";
        var activity = app.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<Grains.Activities.IActivityGrain>(world.DraftActivity);
        var before = await activity.GetDetailsAsync();

        var shown = await recorder.SubmitAsync(page, [new("Plan.Quota", "二十")], postPath: page + "?handler=Plan");
        var insurance = await recorder.SubmitAsync(page, [new("insurer", "人保"), new("policy", "P-1"), new("from", "0001-01-01"), new("to", "9999-12-31")], postPath: page + "?handler=Insurance");
        var after = await activity.GetDetailsAsync();

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Contains("未作任何更改", shown.Html);
        Assert.Contains("请检查后重新填写：招募人数", shown.Html);
        Assert.Matches("name=\"Plan.Quota\"[^>]*>(<input [^>]*type=\"hidden\"[^>]*>)?\\s*<span class=\"field-error[^\"]*\" id=\"[^\"]+\" data-valmsg-for=\"Plan.Quota\">[^<]+</span>", shown.Html);
        Assert.Contains("data-valmsg-for=\"from\"", insurance.Html);
        Assert.Equal(HttpStatusCode.OK, insurance.Status);
        Assert.Contains("未作任何更改", insurance.Html);
        Assert.Equal(before!.Recruitment, after!.Recruitment);
        Assert.Equal(before.Insurance, after.Insurance);
        Assert.Equal(before.Sessions, after.Sessions);
    }

    /// <summary>The names of a page's inputs, selects and text areas, except the antiforgery token.</summary>
    private static IEnumerable<string> FieldNames(string html) =>
        FieldPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(n => n != "__RequestVerificationToken").Distinct();

    /// <summary>Whether the page shows the field to the user (a hidden input has nowhere to put a message).</summary>
    private static bool ShowsField(string html, string field) =>
        TagPattern().Matches(html).Select(m => m.Value).Any(tag => !tag.Contains("type=\"hidden\"", StringComparison.Ordinal)
            && FieldPattern().Match(tag) is { Success: true } name && WebUtility.HtmlDecode(name.Groups[1].Value) == field);

    private static string Shown(string value) => value.Length > 20 ? value[..10] + $"…({value.Length})" : Regex.Escape(value);

    private static string FirstLine(string html)
    {
        var exception = ExceptionPattern().Match(html);
        return exception.Success ? WebUtility.HtmlDecode(exception.Groups[1].Success ? exception.Groups[1].Value : exception.Groups[2].Value) : "";
    }

    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\bname=\"([^\"]+)\"")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("<h2 class=\"stackerror\">([^<]+)<|<div class=\"titleerror\">([^<]+)<")]
    private static partial Regex ExceptionPattern();
}
