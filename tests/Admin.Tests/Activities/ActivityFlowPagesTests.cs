using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Activities;

public sealed partial class ActivityFlowPagesTests(AppFixture app)
{
    /// <summary>The first bytes of a JPEG file: what the platform checks to accept a photo.</summary>
    private static readonly byte[] SheetPhoto = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00];

    [Fact]
    public async Task A_recorder_plans_and_publishes_and_a_volunteer_signs_up_and_withdraws_with_notice_A8()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var created = await recorder.SubmitAsync($"/Activities/Create?organizationId={organization}",
            [new("Input.Title", "敬老院周末陪护"), new("Input.Category", "HelpForVulnerableGroups"), new("Input.Place", "细河区敬老院")], postPath: "/Activities/Create");
        var activityPath = created.Location!;
        var day = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var badLine = await recorder.SubmitAsync(activityPath, [new("Plan.Sessions", "明天上午"), new("Plan.Quota", "5"), new("Plan.Risks", "注意防滑")], postPath: activityPath + "?handler=Plan");
        var planned = await recorder.SubmitAsync(activityPath,
            [new("Plan.Sessions", $"{day} 09:00-11:30"), new("Plan.Quota", "5"), new("Plan.Risks", "老人行动不便，搀扶时注意防跌倒。"), new("Plan.Agreement", "服务无偿，遵守院方安排。")],
            postPath: activityPath + "?handler=Plan");
        var published = await recorder.PostAsync(activityPath + "?handler=Move",
            (await recorder.GetAsync(activityPath)).HiddenFields().Where(f => f.Key == "__RequestVerificationToken")
                .Append(new("step", "publish")).Append(new("operationId", Guid.NewGuid().ToString())));
        var (volunteer, _, _) = await app.SignedInVolunteerAsync("钱芳");
        var viewPath = activityPath.Replace("/Activities/Details/", "/Activities/View/", StringComparison.Ordinal);
        var open = await volunteer.GetAsync("/Activities/Open");
        var notAccepted = await volunteer.SubmitAsync(viewPath, [], postPath: viewPath + "?handler=SignUp");
        var signedUp = await volunteer.SubmitAsync(viewPath, [new("accepts", "true")], postPath: viewPath + "?handler=SignUp");
        var roster = await recorder.GetAsync(activityPath);
        var withdrawn = await volunteer.SubmitAsync(viewPath, [new("notice", "临时加班，无法参加")], postPath: viewPath + "?handler=Withdraw");
        var after = await recorder.GetAsync(activityPath);

        Assert.Contains("场次第1行格式应为", badLine.Html);
        Assert.Equal(HttpStatusCode.Redirect, planned.Status);
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Contains("敬老院周末陪护", open.Html);
        Assert.Contains("报名须阅读并同意风险告知和服务协议。", notAccepted.Html);
        Assert.Equal(HttpStatusCode.Redirect, signedUp.Status);
        Assert.Contains("钱芳", roster.Html);
        Assert.Contains("已录用", roster.Html);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);
        Assert.Contains("临时加班，无法参加", after.Html);
        Assert.Contains("已退出", after.Html);
    }

    [Fact]
    public async Task Emergency_service_is_not_published_without_insurance_A18()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var created = await recorder.SubmitAsync($"/Activities/Create?organizationId={organization}",
            [new("Input.Title", "防汛值守"), new("Input.Category", "EmergencyRescue"), new("Input.Place", "彰武县")], postPath: "/Activities/Create");
        var path = created.Location!;
        var day = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await recorder.SubmitAsync(path, [new("Plan.Sessions", $"{day} 08:00-12:00"), new("Plan.Quota", "20"), new("Plan.Risks", "涉水作业，须穿救生衣。")], postPath: path + "?handler=Plan");

        var refused = await recorder.PostAsync(path + "?handler=Move",
            (await recorder.GetAsync(path)).HiddenFields().Where(f => f.Key == "__RequestVerificationToken")
                .Append(new("step", "publish")).Append(new("operationId", Guid.NewGuid().ToString())));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("重大活动和应急救援须先为志愿者购买人身意外伤害保险", refused.Html);
        Assert.Contains("草稿", refused.Html);
    }

    [Fact]
    public async Task The_attendance_sheet_certifies_hours_the_volunteer_then_sees_A13()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var created = await recorder.SubmitAsync($"/Activities/Create?organizationId={organization}",
            [new("Input.Title", "社区义诊"), new("Input.Category", "CommunityService"), new("Input.Place", "海州区社区卫生站")], postPath: "/Activities/Create");
        var path = created.Location!;
        var activityId = Guid.Parse(path.Split('/')[^1]);
        var session = LiveSession.StartingSoon();
        var start = session.StartUtc;
        var grain = app.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IActivityGrain>(activityId);
        var staff = new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, organization, null), null);
        await grain.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, session.EndUtc)], new RecruitmentSettings(false, true, false, 5, null), "注意防疫", "", false), staff);
        await grain.PublishAsync(staff with { OperationId = Guid.NewGuid() });
        // Registered on site, so the volunteer is a member whose page the recorder can open for corrections.
        var member = await recorder.RegisterOnSiteAsync(organization, "孔明", TestPeople.ResidentId(1990, 2, 2));
        var volunteerPath = member.DetailsPath;
        using var volunteer = await app.SignedInMemberAsync(member);
        var viewPath = path.Replace("/Activities/Details/", "/Activities/View/", StringComparison.Ordinal);
        await volunteer.SubmitAsync(viewPath, [new("accepts", "true")], postPath: viewPath + "?handler=SignUp");
        await grain.StartAsync(staff with { OperationId = Guid.NewGuid() });
        await session.WaitUntilOverAsync();

        var sheet = await recorder.GetAsync(path);
        var fields = sheet.HiddenFields().Where(f => f.Key is "__RequestVerificationToken" or "session" || f.Key.StartsWith("Rows", StringComparison.Ordinal)).ToList();
        fields.AddRange([
            new("operationId", Guid.NewGuid().ToString()), new("Rows[0].Present", "true"), new("Rows[0].Deducted", "0"),
            new("Rows[0].From", LiveSession.Clock(start)), new("Rows[0].To", LiveSession.Clock(session.EndUtc)),
        ]);
        var noProof = await recorder.PostAsync(path + "?handler=Attendance", fields);
        fields.Add(new("proofName", "卫生站李医生"));
        var notAPhoto = await recorder.PostMultipartAsync(path + "?handler=Attendance", fields, "photo", "%PDF-1.7"u8.ToArray(), "sheet.pdf");
        var certified = await recorder.PostMultipartAsync(path + "?handler=Attendance", fields, "photo", SheetPhoto, "sheet.jpg");
        var mine = await volunteer.GetAsync("/Volunteers/Me");
        var photoPath = Regex.Match(mine.Html, "/Proofs/Photo/[0-9a-f-]{36}").Value;
        var photo = await volunteer.Http.GetAsync(photoPath, TestContext.Current.CancellationToken);
        var (stranger, _, _) = await app.SignedInVolunteerAsync("路人");
        var strangersLook = await stranger.Http.GetAsync(photoPath, TestContext.Current.CancellationToken);
        var day = session.Day;
        var recorderView = await recorder.GetAsync(volunteerPath);
        var rootId = Regex.Match(recorderView.Html, "name=\"rootId\" value=\"([^\"]+)\"").Groups[1].Value;
        List<KeyValuePair<string, string>> Correction(string? from, string reason) =>
        [
            new("rootId", rootId), new("day", day), new("from", from ?? ""), new("to", LiveSession.Clock(session.EndUtc)), new("deducted", "1"), new("reason", reason),
        ];
        var noTimes = await recorder.SubmitAsync(volunteerPath, Correction(null, "误录"), postPath: volunteerPath + "?handler=CorrectService");
        var noReason = await recorder.SubmitAsync(volunteerPath, Correction(LiveSession.Clock(start), ""), postPath: volunteerPath + "?handler=CorrectService");
        await recorder.SubmitAsync(volunteerPath, Correction(LiveSession.Clock(start), "签到表核对后确认未到岗"), postPath: volunteerPath + "?handler=CorrectService");
        var corrected = await volunteer.GetAsync("/Volunteers/Me");

        Assert.Contains("孔明：请填写服务对象或组织者的证明人", noProof.Html);
        Assert.Contains("签到表照片应为 JPG 或 PNG 图片", notAPhoto.Html);
        Assert.Contains("孔明：已认定", certified.Html);
        Assert.Equal((HttpStatusCode.OK, "image/jpeg"), (photo.StatusCode, photo.Content.Headers.ContentType?.MediaType));
        Assert.Equal(SheetPhoto, await photo.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, strangersLook.StatusCode);
        Assert.Matches("社区义诊.*</td>\\s*<td>海州区社区卫生站</td>\\s*<td>0.02", Regex.Replace(mine.Html, "\\s+", " "));
        Assert.Contains("请填写更正后的服务日期", noTimes.Html);
        Assert.Contains("更正须填写理由", noReason.Html);
        Assert.Contains("更正：签到表核对后确认未到岗", corrected.Html);
        Assert.Contains("（-0.02）", corrected.Html);
    }
}
