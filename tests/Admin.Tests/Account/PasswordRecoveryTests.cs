using System.Net;
using System.Text.RegularExpressions;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Account;

/// <summary>A forgotten password is not the end: staff who checked her identity in person hand her a one-time one (issue 13).</summary>
public sealed partial class PasswordRecoveryTests(AppFixture app)
{
    [Fact]
    public async Task An_admin_of_her_organization_gives_a_volunteer_a_one_time_password_she_must_replace_A21()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization);
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await admin.RegisterOnSiteAsync(organization, "忘记密码的人");
        using (var volunteer = await app.SignedInMemberAsync(member))
        {
            Assert.Equal(HttpStatusCode.OK, (await volunteer.GetAsync("/Volunteers/Me")).Status);
        }

        var byRecorder = await recorder.SubmitAsync(member.DetailsPath, [], postPath: member.DetailsPath + "?handler=ResetPassword");
        var reset = await admin.SubmitAsync(member.DetailsPath, [], postPath: member.DetailsPath + "?handler=ResetPassword");
        var shown = await admin.FollowAsync(reset);
        var oneTime = OneTimePattern().Match(shown.Html).Groups[1].Value;
        using var again = app.NewClient();
        var old = await again.SubmitAsync("/Account/Login", [new("Input.Login", member.Phone), new("Input.Password", "Volunteer2026x")]);
        await again.SignInAsync(member.Phone, oneTime);
        var first = await again.GetAsync("/Volunteers/Me");

        Assert.Contains("您无权查看或办理该志愿者的此项事务", byRecorder.Html);
        Assert.Equal(HttpStatusCode.OK, old.Status);
        Assert.Contains("登录未成功", old.Html);
        Assert.Matches("^[A-Za-z0-9]{12}$", oneTime);
        Assert.Contains("/Account/ChangePassword", first.Location);
    }

    [Fact]
    public async Task The_organization_admin_resets_a_recorders_password_and_the_old_one_stops_working()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization);
        var (recorderId, recorderName, recorderPassword) = await app.Factory.CreateAccountWithIdAsync(Role.Recorder, organizationId: organization);

        var reset = await admin.SubmitAsync($"/Organizations/Staff/{organization}", [new("accountId", recorderId)], postPath: $"/Organizations/Staff/{organization}?handler=Reset");
        var shown = await admin.FollowAsync(reset);
        var oneTime = OneTimePattern().Match(shown.Html).Groups[1].Value;
        using var recorder = app.NewClient();
        var old = await recorder.SubmitAsync("/Account/Login", [new("Input.Login", recorderName), new("Input.Password", recorderPassword)]);
        await recorder.SignInAsync(recorderName, oneTime);

        Assert.Contains("登录未成功", old.Html);
        Assert.Contains("/Account/ChangePassword", (await recorder.GetAsync("/")).Location);
    }

    [GeneratedRegex("一次性密码：([A-Za-z0-9]{12})")]
    private static partial Regex OneTimePattern();
}
