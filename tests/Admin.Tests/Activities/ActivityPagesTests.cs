using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Activities;

public sealed class ActivityPagesTests(AppFixture app)
{
    [Fact]
    public async Task Recorder_creates_a_draft_activity_for_their_organization()
    {
        var organization = await RegisterOrganizationAsync();
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: organization);
        using var recorder = app.NewClient();
        await recorder.SignInAsync(userName, password);

        var created = await recorder.SubmitAsync(
            $"/Activities/Create?organizationId={organization}",
            [new("Input.Title", "重阳节敬老院慰问"), new("Input.Category", "HelpForVulnerableGroups"), new("Input.Place", "太平区敬老院"), new("Input.Description", "陪伴老人、表演节目")],
            postPath: "/Activities/Create");
        var details = await recorder.FollowAsync(created);
        var organizationPage = await recorder.GetAsync($"/Organizations/Details/{organization}");

        Assert.Contains("重阳节敬老院慰问", details.Html);
        Assert.Contains("弱势群体帮扶", details.Html);
        Assert.Contains("草稿", details.Html);
        Assert.Contains("重阳节敬老院慰问", organizationPage.Html);
    }

    [Fact]
    public async Task The_organization_page_lists_activities_whose_records_are_overdue_A21()
    {
        var organization = await app.RegisterOrganizationAsync();
        var activities = app.Factory.Services.GetRequiredService<IActivityReadModel>();
        var ended = DateTime.UtcNow.AddDays(-30);
        await activities.UpsertAsync(TestActivities.Ended(organization, "腊八节社区送粥", ended, DateOnly.FromDateTime(ended.AddDays(14))), TestContext.Current.CancellationToken);
        await activities.UpsertAsync(TestActivities.Ended(organization, "周末河道清洁", DateTime.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14))), TestContext.Current.CancellationToken);
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var page = await recorder.GetAsync($"/Organizations/Details/{organization}");

        var overdue = page.Html[page.Html.IndexOf("记录逾期的活动", StringComparison.Ordinal)..page.Html.IndexOf("<h2>志愿服务活动", StringComparison.Ordinal)];
        Assert.Contains("腊八节社区送粥", overdue);
        Assert.Contains(DateOnly.FromDateTime(ended.AddDays(14)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), overdue);
        Assert.DoesNotContain("周末河道清洁", overdue);
    }

    [Fact]
    public async Task The_calendar_shows_each_activity_on_the_day_it_starts_with_the_holidays_A8()
    {
        var organization = await app.RegisterOrganizationAsync();
        var activities = app.Factory.Services.GetRequiredService<IActivityReadModel>();
        var nationalDay = new DateTime(2026, 10, 1, 1, 0, 0, DateTimeKind.Utc);
        await activities.UpsertAsync(TestActivities.Ended(organization, "国庆广场文明引导", nationalDay.AddHours(3), new DateOnly(2026, 10, 20)), TestContext.Current.CancellationToken);
        await activities.UpsertAsync(TestActivities.Ended(organization, "十一月敬老探访", nationalDay.AddDays(40), new DateOnly(2026, 11, 30)), TestContext.Current.CancellationToken);
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var october = await recorder.GetAsync($"/Organizations/Calendar/{organization}?month=2026-10");
        var wrongMonth = await recorder.GetAsync($"/Organizations/Calendar/{organization}?month=2026-13");

        var firstOfOctober = Regex.Replace(october.Html, "\\s+", " ");
        Assert.Matches("<div class=\"date\">1 <span>国庆节</span> ?</div> ?<ul> ?<li> ?<a href=\"/Activities/Details/[0-9a-f-]+\">09:00 国庆广场文明引导</a>", firstOfOctober);
        Assert.Contains("2026年10月", october.Html);
        Assert.DoesNotContain("十一月敬老探访", october.Html);
        Assert.Contains("月份格式应为", wrongMonth.Html);
    }

    [Fact]
    public async Task A_volunteer_finds_open_activities_by_region_and_date_and_is_told_when_the_dates_are_wrong_A8()
    {
        var zhangwu = await app.RegisterOrganizationAsync("210922");
        var activities = app.Factory.Services.GetRequiredService<IActivityReadModel>();
        var start = DateTime.UtcNow.AddDays(20);
        var title = "柳河护林" + Guid.NewGuid().ToString("N")[..4];
        await activities.UpsertAsync(new ActivityRow
        {
            Id = Guid.NewGuid().ToString(),
            OrganizationId = zhangwu.ToString(),
            Title = title,
            Category = "EnvironmentalProtection",
            Status = ActivityStatus.Published,
            CreatedUtc = DateTime.UtcNow,
            UpdatedUtc = DateTime.UtcNow,
            FirstStartUtc = start,
            LastEndUtc = start.AddHours(3),
        }, TestContext.Current.CancellationToken);
        var (volunteer, _, _) = await app.SignedInVolunteerAsync();
        var day = start.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var inZhangwu = await volunteer.GetAsync($"/Activities/Open?region=210922&from={day}&to={day}");
        var inHaizhou = await volunteer.GetAsync($"/Activities/Open?region=210902&from={day}&to={day}");
        var backwards = await volunteer.GetAsync($"/Activities/Open?from={day}&to=2026-01-01");
        var unreadable = await volunteer.GetAsync("/Activities/Open?from=明天");

        Assert.Contains(title, inZhangwu.Html);
        Assert.DoesNotContain(title, inHaizhou.Html);
        Assert.Contains("没有符合条件的活动。", inHaizhou.Html);
        Assert.Contains("开始日期不能晚于截止日期", backwards.Html);
        Assert.Contains("开始日期不能晚于截止日期", unreadable.Html);
    }

    [Fact]
    public async Task Missing_title_shows_a_chinese_message()
    {
        var organization = await RegisterOrganizationAsync();
        using var admin = app.NewClient();
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var page = await admin.SubmitAsync(
            $"/Activities/Create?organizationId={organization}",
            [new("Input.Title", ""), new("Input.Category", "CommunityService"), new("Input.Place", "海州区")],
            postPath: "/Activities/Create");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("请填写活动名称。", page.Html);
    }

    [Fact]
    public async Task Recorder_of_another_organization_cannot_open_its_create_page()
    {
        var organization = await RegisterOrganizationAsync();
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        using var stranger = app.NewClient();
        await stranger.SignInAsync(userName, password);

        var page = await stranger.GetAsync($"/Activities/Create?organizationId={organization}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private async Task<Guid> RegisterOrganizationAsync()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var created = await admin.SubmitAsync("/Organizations/Create", [new("Input.Name", "太平区志愿者协会"), new("Input.Kind", "VolunteerOrganization"), new("Input.RegionCode", "210904")]);
        return Guid.Parse(created.Location!.Split('/')[^1]);
    }
}
