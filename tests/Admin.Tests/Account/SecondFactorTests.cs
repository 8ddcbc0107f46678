using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Account;

/// <summary>An authenticator (TOTP) for everyone who sees many people's data; codes computed here from the shown secret (issue 13).</summary>
public sealed partial class SecondFactorTests(SecondFactorHost host) : IClassFixture<SecondFactorHost>
{
    [Fact]
    public async Task A_district_account_must_enrol_an_authenticator_before_anything_else_and_then_signs_in_with_its_code_A4()
    {
        var (_, userName, password) = await host.Factory.CreateAccountWithIdAsync(Role.DistrictAdmin, region: "210902");
        using var district = host.NewClient();
        await district.SignInAsync(userName, password);

        var first = await district.GetAsync("/Organizations");
        var offered = await district.GetAsync("/Account/TwoFactor");
        await district.SubmitAsync("/Account/TwoFactor", [], postPath: "/Account/TwoFactor?handler=Start");
        var enrolment = await district.GetAsync("/Account/TwoFactor");
        var again = await district.GetAsync("/Account/TwoFactor");
        var wrong = await district.SubmitAsync("/Account/TwoFactor", [new("Code", "000000")], postPath: "/Account/TwoFactor?handler=Enable");
        var (key, codes) = await Authenticator.EnrolAsync(district);
        var then = await district.GetAsync("/Organizations");

        Assert.Contains("/Account/TwoFactor", first.Location);
        Assert.Contains("data-test=\"start-enrolment\"", offered.Html);
        Assert.Contains("data-test=\"two-factor-required\"", enrolment.Html);
        Assert.Matches("otpauth://totp/[^\"<]+secret=[A-Z2-7]+&amp;issuer=", enrolment.Html);
        Assert.Contains("data:image/png;base64,", enrolment.Html);
        Assert.Equal(SharedKey(enrolment.Html), SharedKey(again.Html));
        Assert.Contains("验证码不正确", wrong.Html);
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, then.Status);

        using var elsewhere = host.NewClient();
        var passwordOnly = await elsewhere.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", password)]);
        var notYet = await elsewhere.GetAsync("/Organizations");
        var badCode = await elsewhere.SubmitAsync("/Account/SecondFactor", [new("Input.Code", "123456")]);
        var signedIn = await elsewhere.SubmitAsync("/Account/SecondFactor", [new("Input.Code", Authenticator.CodeFor(key))]);

        Assert.Contains("/Account/SecondFactor", passwordOnly.Location);
        Assert.Contains("/Account/Login", notYet.Location);
        Assert.Contains("验证码不正确或已过期", badCode.Html);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/Organizations")).Status);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_when_the_phone_is_lost()
    {
        var (_, userName, password) = await host.Factory.CreateAccountWithIdAsync(Role.OrganizationAdmin, organizationId: Guid.NewGuid());
        using (var admin = host.NewClient())
        {
            await admin.SignInAsync(userName, password);
            var (_, codes) = await Authenticator.EnrolAsync(admin);
            await UseRecoveryCodeAsync(userName, password, codes[0], expectSuccess: true);
            await UseRecoveryCodeAsync(userName, password, codes[0], expectSuccess: false);
        }
    }

    [Fact]
    public async Task A_recorder_who_may_not_unmask_is_not_asked_for_an_authenticator_but_one_who_may_is()
    {
        var (_, plain, plainPassword) = await host.Factory.CreateAccountWithIdAsync(Role.Recorder, organizationId: Guid.NewGuid());
        var (_, unmasking, unmaskingPassword) = await host.Factory.CreateAccountWithIdAsync(Role.Recorder, organizationId: Guid.NewGuid(), canUnmask: true);
        using var first = host.NewClient();
        using var second = host.NewClient();
        await first.SignInAsync(plain, plainPassword);
        await second.SignInAsync(unmasking, unmaskingPassword);

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).Status);
        Assert.Contains("/Account/TwoFactor", (await second.GetAsync("/")).Location);
    }

    [Fact]
    public async Task Guessing_codes_is_slowed_like_guessing_passwords()
    {
        var (_, userName, password) = await host.Factory.CreateAccountWithIdAsync(Role.DistrictAdmin, region: "210903");
        string key;
        using (var enrolling = host.NewClient())
        {
            await enrolling.SignInAsync(userName, password);
            (key, _) = await Authenticator.EnrolAsync(enrolling);
        }

        using var guesser = host.NewClient();
        await guesser.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", password)]);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await guesser.SubmitAsync("/Account/SecondFactor", [new("Input.Code", (100000 + attempt).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        var right = await guesser.SubmitAsync("/Account/SecondFactor", [new("Input.Code", Authenticator.CodeFor(key))]);

        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Contains("验证码不正确或已过期", right.Html);
        var audit = await host.Factory.Services.GetRequiredService<IAuditLog>()
            .QueryAsync(new AuditQuery(Actor: userName, Action: "account.sign-in-failed"), TestContext.Current.CancellationToken);
        Assert.Contains(audit.Items, e => e.Detail == "throttled");
    }

    [Fact]
    public async Task The_city_bureau_resets_a_lost_authenticator_and_the_district_enrols_a_new_one()
    {
        var (districtId, district, districtPassword) = await host.Factory.CreateAccountWithIdAsync(Role.DistrictAdmin, region: "210904");
        using var districtClient = host.NewClient();
        await districtClient.SignInAsync(district, districtPassword);
        await Authenticator.EnrolAsync(districtClient);
        using var city = await SignedInCityAdminAsync();

        var reset = await city.SubmitAsync("/Bureaus", [new("accountId", districtId)], postPath: "/Bureaus?handler=ResetSecondFactor");
        var shown = await city.FollowAsync(reset);
        var afterwards = await districtClient.GetAsync("/Organizations");
        using var back = host.NewClient();
        await back.SignInAsync(district, districtPassword);

        Assert.Contains($"已重置 {district} 的身份验证器", shown.Html);
        Assert.Contains("/Account/Login", afterwards.Location);
        Assert.Contains("/Account/TwoFactor", (await back.GetAsync("/Organizations")).Location);
        var audit = await host.Factory.Services.GetRequiredService<IAuditLog>()
            .QueryAsync(new AuditQuery(Action: "bureau.account-second-factor-reset"), TestContext.Current.CancellationToken);
        Assert.Contains(audit.Items, e => e.SubjectId == districtId);
    }

    [Fact]
    public async Task A_volunteer_may_turn_the_authenticator_on_and_off_with_a_code()
    {
        var (_, userName, password) = await host.Factory.CreateAccountWithIdAsync(Role.Volunteer, volunteerId: Guid.NewGuid());
        using var volunteer = host.NewClient();
        await volunteer.SignInAsync(userName, password);
        var optional = await volunteer.GetAsync("/Account/TwoFactor");
        var (key, _) = await Authenticator.EnrolAsync(volunteer);

        var off = await volunteer.SubmitAsync("/Account/TwoFactor", [new("Code", Authenticator.CodeFor(key))], postPath: "/Account/TwoFactor?handler=Disable");
        using var later = host.NewClient();
        await later.SignInAsync(userName, password);

        Assert.DoesNotContain("data-test=\"two-factor-required\"", optional.Html);
        Assert.Contains("已关闭两步验证", (await volunteer.FollowAsync(off)).Html);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/Account/Sessions")).Status);
    }

    private async Task UseRecoveryCodeAsync(string userName, string password, string code, bool expectSuccess)
    {
        using var client = host.NewClient();
        await client.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", password)]);
        var answer = await client.SubmitAsync("/Account/SecondFactor", [new("Input.Code", code), new("Input.IsRecoveryCode", "true")]);
        Assert.Equal(expectSuccess ? HttpStatusCode.Redirect : HttpStatusCode.OK, answer.Status);
    }

    /// <summary>The bootstrap city admin of this host, enrolled once for all the tests that need it.</summary>
    private async Task<FormClient> SignedInCityAdminAsync()
    {
        var client = host.NewClient();
        await host.CityAdminKey.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (host.CityAdminSecret is null)
            {
                await client.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
                (host.CityAdminSecret, _) = await Authenticator.EnrolAsync(client);
            }
            else
            {
                await Authenticator.SignInAsync(client, AppFactory.AdminUserName, AppFactory.AdminPassword, host.CityAdminSecret);
            }
        }
        finally
        {
            host.CityAdminKey.Release();
        }

        return client;
    }

    private static string SharedKey(string html) => SharedKeyPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("data-test=\"shared-key\">([A-Z2-7 ]+)<")]
    private static partial Regex SharedKeyPattern();
}
