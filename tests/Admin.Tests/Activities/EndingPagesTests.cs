using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Activities;

/// <summary>Ending early, closing with nobody served, deregistering: each asks for its reason in Chinese and keeps it.</summary>
public sealed class EndingPagesTests(AppFixture app)
{
    [Fact]
    public async Task Ending_early_and_closing_with_nobody_certified_need_their_reasons_A21()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var grains = app.Factory.Services.GetRequiredService<IGrainFactory>();
        var id = Guid.NewGuid();
        var activity = grains.GetGrain<IActivityGrain>(id);
        var staff = new Actor("ending-test", "记录员", Role.Recorder, null, organization, null);
        var start = DateTime.UtcNow.AddDays(2);
        await activity.CreateDraftAsync(new CreateActivityDraft(organization, "河道清理", ServiceCategory.CommunityService, "捡拾垃圾", "细河"), new CommandContext(Guid.NewGuid(), staff, null));
        await activity.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, start.AddHours(2))],
            new RecruitmentSettings(false, false, false, 5, null), "注意水边安全。", "服务无偿。", false), new CommandContext(Guid.NewGuid(), staff, null));
        await activity.PublishAsync(new CommandContext(Guid.NewGuid(), staff, null));
        await activity.StartAsync(new CommandContext(Guid.NewGuid(), staff, null));
        var path = $"/Activities/Details/{id}";

        var noReason = await recorder.SubmitAsync(path, [new("step", "end")], postPath: path + "?handler=Move");
        var ended = await recorder.SubmitAsync(path, [new("step", "end"), new("reason", "暴雨预警，活动提前结束")], postPath: path + "?handler=Move");
        var silentClose = await recorder.SubmitAsync(path, [new("step", "close")], postPath: path + "?handler=Move");
        var closed = await recorder.SubmitAsync(path, [new("step", "close"), new("reason", "活动未能开展，无人服务")], postPath: path + "?handler=Move");
        var after = await recorder.GetAsync(path);

        Assert.Contains("提前结束活动须填写原因", noReason.Html);
        Assert.Contains("进行中", noReason.Html);
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        Assert.Contains("关闭记录须填写未开展服务的原因", silentClose.Html);
        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        Assert.Contains("提前结束：暴雨预警，活动提前结束。已取消 1 个未举行场次。", after.Html);
        Assert.Contains("未开展服务：活动未能开展，无人服务", after.Html);
    }

    [Fact]
    public async Task A_deregistered_organization_says_so_and_cannot_be_reactivated_A4()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var path = $"/Organizations/Details/{organization}";

        var noReason = await city.SubmitAsync(path, [new("status", "Deregistered"), new("reason", "")], postPath: path + "?handler=Status");
        var deregistered = await city.SubmitAsync(path, [new("status", "Deregistered"), new("reason", "组织已解散")], postPath: path + "?handler=Status");
        var page = await city.FollowAsync(deregistered);
        var reactivate = await city.PostAsync(path + "?handler=Status",
            page.HiddenFields().Where(f => f.Key == "__RequestVerificationToken").Append(new("status", "Active")).Append(new("reason", "恢复")).Append(new("operationId", Guid.NewGuid().ToString())));

        Assert.Contains("请填写理由", noReason.Html);
        Assert.Contains("已注销", page.Html);
        Assert.Contains("组织已解散", page.Html);
        Assert.DoesNotContain("注销组织</button>", page.Html);
        Assert.Contains("该组织已注销，不能再变更状态。", reactivate.Html);
    }
}
