using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Teams;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ProjectBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_need_is_published_made_a_project_claimed_by_a_team_and_carried_out_by_a_finished_activity_A19()
    {
        fixture.SkipUnlessAvailable();
        var organization = await fixture.RegisterOrganizationAsync("太平区社区志愿者协会" + Random.Shared.Next(100, 999), "210904");
        var (recorderName, recorderPassword) = await fixture.Factory.CreateAccountAsync(Role.Recorder, organizationId: organization);
        var grains = fixture.Factory.Services.GetRequiredService<IGrainFactory>();
        var (leader, phone) = await fixture.RegisteredVolunteerAsync("韩冬", "210904");
        var staff = new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, organization, null), null);
        await grains.Membership(leader, organization).JoinAsync(staff);
        await grains.GetGrain<ITeamGrain>(Guid.NewGuid()).CreateAsync(
            new CreateTeam(organization, "韩冬助学队", [], leader), new CommandContext(Guid.NewGuid(), new Actor(leader.ToString(), "韩冬", Role.Volunteer, null, null, leader), null));
        var title = "留守儿童课后辅导" + Random.Shared.Next(100, 999);
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await using var desk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var recorder = await fixture.SignedInDeskAsync(desk, recorderName, recorderPassword);
        await recorder.GotoAsync($"/Projects/Index/{organization}");
        await recorder.GetByText("发布服务需求").ClickAsync();
        await recorder.GetByLabel("需求名称").FillAsync(title);
        await recorder.GetByLabel("服务对象").FillAsync("太平区红星小学");
        await recorder.GetByLabel("需求说明").FillAsync("每周二、四放学后辅导作业");
        await recorder.Locator("#need-place").FillAsync("红星小学图书室");
        await recorder.Locator("#need-region").SelectOptionAsync("210904");
        await recorder.Locator("#need-category").SelectOptionAsync("CommunityService");
        await recorder.GetByLabel("需要志愿者人数").FillAsync("4");
        await recorder.GetByLabel("所需技能").FillAsync("数学辅导");
        await recorder.GetByLabel("开始日期").FillAsync(today);
        await recorder.GetByLabel("结束日期").FillAsync("2027-06-30");
        await recorder.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await recorder.Locator(".notice").WaitForAsync();

        await using var signedOut = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var visitor = await signedOut.NewPageAsync();
        await visitor.GotoAsync("/Needs?region=210904");
        Assert.Contains(title, await visitor.Locator("main").InnerTextAsync());
        await fixture.ScreenshotAsync(visitor, "needs-public.png");

        await recorder.GetByText("新建服务项目").ClickAsync();
        await recorder.Locator("#project-need").SelectOptionAsync(new SelectOptionValue { Label = title });
        await recorder.GetByLabel("项目名称").FillAsync("红星课后辅导项目");
        await recorder.GetByLabel("方案内容").FillAsync("组织志愿者每周两次课后辅导");
        await recorder.GetByLabel("实施安排").FillAsync("2026 年 12 月至 2027 年 6 月");
        await recorder.GetByRole(AriaRole.Button, new() { Name = "创建项目" }).ClickAsync();
        await recorder.WaitForURLAsync("**/Projects/Details/**");
        var projectUrl = recorder.Url;

        await using var phoneContext = await fixture.PhoneContextAsync();
        var volunteer = await fixture.SignedInDeskAsync(phoneContext, phone, "Volunteer2026");
        await volunteer.GotoAsync("/Needs");
        await volunteer.GetByRole(AriaRole.Link, new() { Name = "红星课后辅导项目" }).First.ClickAsync();
        await volunteer.WaitForURLAsync("**/Projects/Details/**");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "认领项目" }).ClickAsync();
        await volunteer.Locator(".notice").WaitForAsync();
        Assert.Contains("韩冬助学队", await volunteer.Locator("dl.facts").InnerTextAsync());

        var projectId = Guid.Parse(projectUrl.Split('/')[^1]);
        var activity = grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var start = DateTime.UtcNow.AddDays(2);
        await activity.CreateDraftAsync(new CreateActivityDraft(organization, "红星小学第一次辅导", ServiceCategory.CommunityService, "", "红星小学", projectId), staff with { OperationId = Guid.NewGuid() });
        await activity.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, start.AddHours(2))], new RecruitmentSettings(false, false, true, 5, null), "注意交通安全", "", false), staff with { OperationId = Guid.NewGuid() });
        await activity.PublishAsync(staff with { OperationId = Guid.NewGuid() });
        await activity.StartAsync(staff with { OperationId = Guid.NewGuid() });
        await activity.EndAsync("学校临时安排考试，辅导提前结束", staff with { OperationId = Guid.NewGuid() });

        await recorder.ReloadAsync();
        var project = await recorder.Locator("main").InnerTextAsync();
        Assert.Contains("已认领", project);
        Assert.Contains("红星小学第一次辅导", project);
        Assert.Contains("已结束", project);
        await fixture.ScreenshotAsync(recorder, "project-claimed.png");
    }
}
