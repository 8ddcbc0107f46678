using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Volunteers;

public sealed partial class VolunteerDetailsPagesTests(AppFixture app)
{
    [Fact]
    public async Task Staff_see_their_members_masked_and_unmasking_is_audited_A5()
    {
        var (organization, volunteerId, idNumber) = await MemberAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization, canUnmask: true);

        var masked = await recorder.GetAsync($"/Volunteers/Details/{volunteerId}");
        var revealed = await recorder.SubmitAsync($"/Volunteers/Details/{volunteerId}", [], postPath: $"/Volunteers/Details/{volunteerId}?handler=Reveal");

        Assert.DoesNotContain(idNumber, masked.Html);
        Assert.Contains(idNumber, revealed.Html);
        var audit = await app.Factory.Services.GetRequiredService<IAuditLog>().QueryAsync(
            new AuditQuery(Action: "volunteer.identifiers-revealed", SubjectId: volunteerId), TestContext.Current.CancellationToken);
        Assert.Single(audit.Items);
    }

    [Fact]
    public async Task Without_the_permission_there_is_no_way_to_unmask_A5()
    {
        var (organization, volunteerId, idNumber) = await MemberAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var page = await recorder.GetAsync($"/Volunteers/Details/{volunteerId}");
        var forced = await recorder.PostAsync($"/Volunteers/Details/{volunteerId}?handler=Reveal",
            page.HiddenFields().Where(f => f.Key == "__RequestVerificationToken").Append(new("operationId", Guid.NewGuid().ToString())));

        Assert.DoesNotContain("查看完整证件号和手机号", page.Html);
        Assert.DoesNotContain(idNumber, forced.Html);
        Assert.Contains("您无权查看或办理该志愿者的此项事务。", forced.Html);
    }

    [Fact]
    public async Task The_staff_page_of_a_volunteer_leaves_no_text_unfilled()
    {
        var (organization, volunteerId, _) = await MemberAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var page = await recorder.GetAsync($"/Volunteers/Details/{volunteerId}");

        Assert.Contains("表彰与评价", page.Html);
        Assert.DoesNotMatch(@"\{\d\}", page.Html);
    }

    [Fact]
    public async Task Other_organizations_cannot_open_a_volunteer_A23()
    {
        var (_, volunteerId, _) = await MemberAsync();
        using var stranger = await app.SignedInStaffAsync(Role.OrganizationAdmin, await app.RegisterOrganizationAsync());

        var page = await stranger.GetAsync($"/Volunteers/Details/{volunteerId}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task The_organization_admin_revokes_and_the_volunteer_sees_it_A18()
    {
        var (organization, volunteerId, _) = await MemberAsync();
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization);

        var noReason = await admin.SubmitAsync($"/Volunteers/Details/{volunteerId}", [new("kind", "Revocation"), new("reason", "")], postPath: $"/Volunteers/Details/{volunteerId}?handler=Sanction");
        var revoked = await admin.SubmitAsync($"/Volunteers/Details/{volunteerId}", [new("kind", "Revocation"), new("reason", "冒用他人身份参加活动")], postPath: $"/Volunteers/Details/{volunteerId}?handler=Sanction");
        var details = await admin.FollowAsync(revoked);

        Assert.Contains("请填写理由", noReason.Html);
        Assert.Contains("已取消注册", details.Html);
        Assert.Contains("冒用他人身份参加活动", details.Html);
    }

    [Fact]
    public async Task Only_a_complaint_verified_true_and_commendations_reach_the_volunteers_record_A22()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "魏晨", TestPeople.ResidentId(1991, 1, 1));
        var path = member.DetailsPath;
        await recorder.SubmitAsync(path, [new("complainant", "张大爷"), new("content", "服务态度不好")], postPath: path + "?handler=Complaint");
        await recorder.SubmitAsync(path, [new("complainant", "李阿姨"), new("content", "未经同意拍摄老人照片")], postPath: path + "?handler=Complaint");
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization);
        var page = await admin.GetAsync(path);
        var complaintIds = Regex.Matches(page.Html, "name=\"complaintId\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var token = page.HiddenFields().First(f => f.Key == "__RequestVerificationToken");
        var rows = Regex.Matches(page.Html, "<li>\\s*\\S+ (张大爷|李阿姨)").Select(m => m.Groups[1].Value).ToList();
        foreach (var (id, who) in complaintIds.Zip(rows))
        {
            await admin.PostAsync(path + "?handler=Verify",
                [token, new("complaintId", id), new("note", "已回访核实"), new("upheld", who == "李阿姨" ? "true" : "false"), new("operationId", Guid.NewGuid().ToString())]);
        }

        var noDate = await admin.SubmitAsync(path, [new("title", "优秀志愿者"), new("body", "阜新市民政局")], postPath: path + "?handler=Commend");
        await admin.SubmitAsync(path, [new("title", "优秀志愿者"), new("grantedOn", "2026-11-01"), new("body", "阜新市民政局")], postPath: path + "?handler=Commend");
        using var volunteer = await app.SignedInMemberAsync(member);
        var mine = await volunteer.GetAsync("/Volunteers/Me");

        Assert.Equal(2, complaintIds.Count);
        Assert.Contains("请填写表彰名称", noDate.Html);
        Assert.Contains("优秀志愿者", mine.Html);
        Assert.Contains("未经同意拍摄老人照片", mine.Html);
        Assert.DoesNotContain("服务态度不好", mine.Html);
    }

    [Fact]
    public async Task Bureau_search_finds_a_volunteer_by_phone_A21()
    {
        var (_, phone, _) = await app.SignedInVolunteerAsync("钟灵");
        using var bureau = app.NewClient();
        await bureau.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var page = await bureau.GetAsync("/Volunteers?Text=" + phone);

        Assert.Contains("钟灵", page.Html);
        Assert.Contains("共 1 条", page.Html);
    }

    private async Task<(Guid Organization, string VolunteerId, string IdNumber)> MemberAsync()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var idNumber = TestPeople.ResidentId(1988, 6, 6);
        var member = await recorder.RegisterOnSiteAsync(organization, "冯珊", idNumber);
        return (organization, member.VolunteerId, idNumber);
    }

    [GeneratedRegex("/Volunteers/Details/([0-9a-f-]{36})")]
    private static partial Regex VolunteerLink();
}
