using System.Net;
using System.Text.RegularExpressions;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

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
    public async Task A_person_registered_before_is_invited_and_stays_out_of_reach_until_she_accepts_A23()
    {
        var (volunteer, phone, idNumber) = await app.SignedInVolunteerAsync("秦岚");
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var invited = await recorder.SubmitAsync($"/Organizations/RegisterVolunteer/{organization}", OnSiteFields("秦岚", idNumber, phone).With("PersonConsented", "true"));
        var members = await recorder.FollowAsync(invited);
        var volunteerId = await app.VolunteerIdAsync(idNumber);
        var beforeAnswer = await recorder.GetAsync("/Volunteers/Details/" + volunteerId);

        Assert.Contains("已向其发出加入邀请", members.Html);
        Assert.Contains("邀请待答复", members.Html);
        Assert.DoesNotContain("秦岚", members.Html);
        Assert.Equal(HttpStatusCode.NotFound, beforeAnswer.Status);

        var portal = await volunteer.GetAsync("/Volunteers/Me");
        Assert.Contains("邀请你加入", portal.Html);
        var accepted = await volunteer.AnswerInvitationAsync(organization, accept: true);
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);

        var afterAnswer = await recorder.GetAsync("/Volunteers/Details/" + volunteerId);
        Assert.Equal(HttpStatusCode.OK, afterAnswer.Status);
        Assert.Contains("秦岚", afterAnswer.Html);
    }

    [Fact]
    public async Task A_declined_invitation_keeps_the_record_closed_and_the_recorder_cannot_enrol_her_directly_A23()
    {
        var (volunteer, phone, idNumber) = await app.SignedInVolunteerAsync("卢佳");
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        await recorder.SubmitAsync($"/Organizations/RegisterVolunteer/{organization}", OnSiteFields("卢佳", idNumber, phone).With("PersonConsented", "true"));
        var volunteerId = await app.VolunteerIdAsync(idNumber);

        var declined = await volunteer.AnswerInvitationAsync(organization, accept: false);
        var again = await volunteer.GetAsync("/Volunteers/Me");
        var details = await recorder.GetAsync("/Volunteers/Details/" + volunteerId);

        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        Assert.Contains("已拒绝邀请", again.Html);
        Assert.DoesNotContain("邀请你加入", again.Html);
        Assert.Equal(HttpStatusCode.NotFound, details.Status);
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
