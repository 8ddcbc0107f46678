using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>
/// An authenticator app, as a test holds it: reads the secret from the enrolment page and computes codes with an
/// implementation of RFC 6238 other than the platform's (Otp.NET), so that the two check each other.
/// </summary>
public static partial class Authenticator
{
    public static string CodeFor(string sharedKey) => new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", ""))).ComputeTotp();

    /// <summary>Enrols an authenticator for the signed-in account.</summary>
    /// <returns>The secret and the recovery codes shown once.</returns>
    public static async Task<(string SharedKey, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(FormClient client)
    {
        var started = await client.SubmitAsync("/Account/TwoFactor", [], postPath: "/Account/TwoFactor?handler=Start");
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        var page = await client.GetAsync("/Account/TwoFactor");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var key = SharedKeyPattern().Match(page.Html).Groups[1].Value;
        Assert.NotEmpty(key);
        var enrolled = await client.SubmitAsync("/Account/TwoFactor", [new("Code", CodeFor(key))], postPath: "/Account/TwoFactor?handler=Enable");
        Assert.Contains("data-test=\"two-factor-on\"", enrolled.Html);
        return (key, [.. RecoveryCodePattern().Matches(enrolled.Html).Select(m => m.Groups[1].Value)]);
    }

    /// <summary>Signs in with the password and then the authenticator's current code.</summary>
    public static async Task<FormClient.Page> SignInAsync(FormClient client, string login, string password, string sharedKey)
    {
        var first = await client.SubmitAsync("/Account/Login", [new("Input.Login", login), new("Input.Password", password)]);
        Assert.Contains("/Account/SecondFactor", first.Location);
        return await client.SubmitAsync("/Account/SecondFactor", [new("Input.Code", CodeFor(sharedKey))]);
    }

    [GeneratedRegex("data-test=\"shared-key\">([A-Z2-7 ]+)<")]
    private static partial Regex SharedKeyPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
