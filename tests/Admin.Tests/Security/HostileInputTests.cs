using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>Values no browser sends are refused with a Chinese message and change nothing; none answers 500.</summary>
public sealed class HostileInputTests(AppFixture app)
{
    [Theory]
    [InlineData("garbage")]
    [InlineData("1; DROP TABLE accounts")]
    [InlineData("tr\u200Bue")]
    public async Task A_tick_box_given_anything_but_true_or_false_is_refused_not_a_crash(string value)
    {
        var organization = await app.RegisterOrganizationAsync();
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization, canUnmask: true);
        using var anyone = app.NewClient();
        var idNumber = TestPeople.ResidentId();

        var registration = await anyone.SubmitAsync("/Volunteers/Register", TestPeople.Registration("贾某", idNumber, TestPeople.Phone()).With("AcceptPrivacy", value));
        var onSite = await admin.SubmitAsync($"/Organizations/RegisterVolunteer/{organization}",
        [
            new("Input.Name", "贾某"), new("Input.DocumentType", "ResidentIdCard"), new("Input.DocumentNumber", TestPeople.ResidentId()),
            new("Input.ResidenceRegionCode", "210902"), new("Input.Phone", TestPeople.Phone()), new("PersonConsented", value),
        ]);
        var staff = await admin.SubmitAsync($"/Organizations/Staff/{organization}",
            [new("Input.UserName", "rec" + Guid.NewGuid().ToString("N")[..6]), new("Input.DisplayName", "某人"), new("Input.CanUnmask", value)]);

        foreach (var page in new[] { registration, onSite, staff })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("勾选项的值无效", page.Html);
        }

        Assert.DoesNotContain("已登记", onSite.Html);
        Assert.Null(await app.Factory.Services.GetRequiredService<IVolunteerDirectory>().FindByIdentifierAsync(
            app.Factory.Services.GetRequiredService<PersonalDataProtector>().LookupHash(VolunteerRules.DocumentIdentifier, idNumber), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/Activities/Open?To=9999-12-31")]
    [InlineData("/Activities/Open?From=0001-01-01")]
    [InlineData("/Audit?To=9999-12-31")]
    public async Task A_date_far_outside_any_record_is_refused_with_a_message_not_a_crash(string address)
    {
        var (volunteer, _, _) = await app.SignedInVolunteerAsync("边界");
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var client = address.StartsWith("/Audit", StringComparison.Ordinal) ? city : volunteer;

        var page = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches("validation-summary-errors|field-validation-error", page.Html);
        volunteer.Dispose();
    }

    [Fact]
    public async Task Text_where_a_date_or_a_number_belongs_is_refused_in_chinese_not_in_the_frameworks_english()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var page = await recorder.SubmitAsync($"/Organizations/Trainings/{organization}",
            [new("Input.Name", "岗前培训"), new("Input.Content", "礼仪"), new("Input.Provider", "协会"), new("Input.HeldOn", "a"), new("Input.DurationMinutes", "两小时")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("填写的内容无法识别", page.Html);
        Assert.DoesNotContain("is not valid", page.Html);
    }
}
