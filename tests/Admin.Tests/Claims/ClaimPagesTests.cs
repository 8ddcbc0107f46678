using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Claims;

public sealed class ClaimPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_volunteer_claims_hours_the_recorder_certifies_them_and_rejects_a_correction_with_its_reason_A13()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var (volunteer, _, _) = await app.SignedInVolunteerAsync("周敏");
        var session = LiveSession.StartingSoon();
        var (start, end) = (session.StartUtc, session.EndUtc);
        var activityId = Guid.NewGuid();
        var grain = app.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IActivityGrain>(activityId);
        var staff = new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, organization, null), null);
        await grain.CreateDraftAsync(new CreateActivityDraft(organization, "冬季扫雪", ServiceCategory.CommunityService, "清扫人行道积雪", "海州区解放大街"), staff);
        await grain.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, end)], new RecruitmentSettings(false, true, false, 5, null), "路面湿滑", "", false), staff with { OperationId = Guid.NewGuid() });
        await grain.PublishAsync(staff with { OperationId = Guid.NewGuid() });
        var viewPath = $"/Activities/View/{activityId}";
        await volunteer.SubmitAsync(viewPath, [new("accepts", "true")], postPath: viewPath + "?handler=SignUp");
        await grain.StartAsync(staff with { OperationId = Guid.NewGuid() });
        await session.WaitUntilOverAsync();
        var day = session.Day;
        List<KeyValuePair<string, string>> Claim(string proof) =>
            [new("day", day), new("from", LiveSession.Clock(start)), new("to", LiveSession.Clock(end)), new("deducted", "0"), new("proofName", proof), new("proofContact", "0418-2800000")];

        var form = await volunteer.GetAsync(viewPath);
        var sessionId = form.Hidden("sessionId")!;
        var noProof = await volunteer.SubmitAsync(viewPath, [.. Claim(""), new("sessionId", sessionId)], postPath: viewPath + "?handler=Claim");
        var claimed = await volunteer.SubmitAsync(viewPath, [.. Claim("社区刘书记"), new("sessionId", sessionId)], postPath: viewPath + "?handler=Claim");
        var waiting = await volunteer.GetAsync(viewPath);
        var queuePath = $"/Organizations/Claims/{organization}";
        var queue = await recorder.GetAsync(queuePath);
        var claimId = queue.Hidden("claimId")!;
        var certified = await recorder.SubmitAsync(queuePath, [new("claimId", claimId), new("certify", "true")], postPath: queuePath + "?handler=Decide");
        var emptyQueue = await recorder.GetAsync(queuePath);
        var mine = await volunteer.GetAsync("/Volunteers/Me");
        var correctionPath = Regex.Match(mine.Html, "href=\"(/Volunteers/Correction/[^\"]+)\"").Groups[1].Value;
        var correctionForm = await volunteer.GetAsync(correctionPath);
        var unreadable = await volunteer.SubmitAsync(correctionPath,
            [new("day", day), new("from", "八点"), new("to", LiveSession.Clock(end)), new("deducted", "1"), new("reason", "只是路过，不应计入")]);
        var sent = await volunteer.SubmitAsync(correctionPath,
            [new("day", day), new("from", LiveSession.Clock(start)), new("to", LiveSession.Clock(end)), new("deducted", "1"), new("reason", "只是路过，不应计入")]);
        var sentShown = await volunteer.FollowAsync(sent);
        var again = await volunteer.GetAsync(correctionPath);
        var requested = await volunteer.GetAsync("/Volunteers/Me");
        var correctionId = (await recorder.GetAsync(queuePath)).Hidden("claimId")!;
        var rejectedWithoutReason = await recorder.SubmitAsync(queuePath, [new("claimId", correctionId), new("certify", "false")], postPath: queuePath + "?handler=Decide");
        await recorder.SubmitAsync(queuePath, [new("claimId", correctionId), new("certify", "false"), new("note", "扫雪签到表上有您的签名")], postPath: queuePath + "?handler=Decide");
        var answered = await volunteer.GetAsync("/Volunteers/Me");

        Assert.Contains("请填写服务对象或组织者的证明人", noProof.Html);
        Assert.Equal(HttpStatusCode.Redirect, claimed.Status);
        Assert.Contains("等待认定", waiting.Html);
        Assert.Contains("周敏", queue.Html);
        Assert.Contains("社区刘书记", queue.Html);
        Assert.Equal(HttpStatusCode.Redirect, certified.Status);
        Assert.Contains("没有待认定的申报。", emptyQueue.Html);
        Assert.Contains("已由", mine.Html);
        Assert.Matches("冬季扫雪.*</td>\\s*<td>海州区解放大街</td>\\s*<td>0.02", Regex.Replace(mine.Html, "\\s+", " "));
        Assert.Contains("冬季扫雪", correctionForm.Html);
        Assert.Contains("只是路过，不应计入", unreadable.Html);
        Assert.Contains("未作任何更改", unreadable.Html);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Contains("已提交对", sentShown.Html);
        Assert.Contains("更正申请等待审核", again.Html);
        Assert.DoesNotContain("name=\"reason\"", again.Html);
        Assert.Contains("更正申请等待审核", requested.Html);
        Assert.Contains("不予认定时请写明理由", rejectedWithoutReason.Html);
        Assert.Contains("不予认定：扫雪签到表上有您的签名", answered.Html);
        Assert.Matches("<td>0.02</td>", answered.Html);
    }
}
