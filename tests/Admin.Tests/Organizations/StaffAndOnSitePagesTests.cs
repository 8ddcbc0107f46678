using System.Net;
using System.Text.RegularExpressions;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Tests.Organizations;

public sealed partial class StaffAndOnSitePagesTests(AppFixture app)
{
    [Fact]
    public async Task The_organization_admin_creates_a_recorder_who_must_set_a_password_first_A21()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization);
        var userName = "rec" + Guid.NewGuid().ToString("N")[..6];

        var created = await admin.SubmitAsync($"/Organizations/Staff/{organization}",
            [new("Input.UserName", userName), new("Input.DisplayName", "周记录员"), new("Input.Role", "Recorder")]);
        var list = await admin.FollowAsync(created);
        var password = InitialPasswordPattern().Match(list.Html).Groups[1].Value;
        using var recorder = app.NewClient();
        await recorder.SignInAsync(userName, password);
        var held = await recorder.GetAsync($"/Organizations/Members/{organization}");
        var changed = await recorder.SubmitAsync("/Account/ChangePassword",
            [new("Input.Current", password), new("Input.Password", "Recorder2026x"), new("Input.ConfirmPassword", "Recorder2026x")]);
        var members = await recorder.GetAsync($"/Organizations/Members/{organization}");

        Assert.Contains("周记录员", list.Html);
        Assert.Contains("/Account/ChangePassword", held.Location);
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Equal(HttpStatusCode.OK, members.Status);
    }

    [Fact]
    public async Task A_recorder_cannot_manage_staff_A21()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var page = await recorder.GetAsync($"/Organizations/Staff/{organization}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task A_recorder_registers_a_person_on_the_spot_as_a_member_A12()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var phone = TestPeople.Phone();
        var fields = OnSiteFields("孙丽", TestPeople.ResidentId(1975, 10, 1), phone).With("PersonConsented", "true");

        var registered = await recorder.SubmitAsync($"/Organizations/RegisterVolunteer/{organization}", fields);
        var members = await recorder.FollowAsync(registered);
        var password = OnSitePasswordPattern().Match(members.Html).Groups[1].Value;
        using var volunteer = app.NewClient();
        await volunteer.SignInAsync(phone, password);

        Assert.Contains("孙丽", members.Html);
        Assert.Contains("/Account/ChangePassword", (await volunteer.GetAsync("/Volunteers/Me")).Location);
    }

    [Fact]
    public async Task On_the_spot_registration_without_the_persons_consent_stores_nothing_A12()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var page = await recorder.SubmitAsync($"/Organizations/RegisterVolunteer/{organization}", OnSiteFields("孙丽", TestPeople.ResidentId(), TestPeople.Phone()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("须确认本人（或监护人）已同意登记。", page.Html);
    }

    [Fact]
    public async Task A_person_registered_before_is_enrolled_as_a_member_on_the_spot_A12()
    {
        var (_, phone, idNumber) = await app.SignedInVolunteerAsync("秦岚");
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var enrolled = await recorder.SubmitAsync($"/Organizations/RegisterVolunteer/{organization}", OnSiteFields("秦岚", idNumber, phone).With("PersonConsented", "true"));
        var members = await recorder.FollowAsync(enrolled);

        Assert.Contains("此人已是注册志愿者，已登记为本组织成员。", members.Html);
        Assert.Contains("秦岚", members.Html);
    }

    private static List<KeyValuePair<string, string>> OnSiteFields(string name, string id, string phone) =>
    [
        new("Input.Name", name), new("Input.DocumentType", "ResidentIdCard"), new("Input.DocumentNumber", id),
        new("Input.ResidenceRegionCode", "210902"), new("Input.Phone", phone), new("Input.Intentions", "CommunityService"),
    ];

    [GeneratedRegex("初始密码：([A-Za-z0-9]{12})")]
    private static partial Regex InitialPasswordPattern();

    [GeneratedRegex("初始密码：([A-Za-z0-9]{12})")]
    private static partial Regex OnSitePasswordPattern();
}
