using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Admin.Tests.Activities;

/// <summary>Last week's paper sign-in sheet typed up: the activity recorded as held, a walk-in added, in Chinese.</summary>
public sealed class PaperSheetPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_recorder_types_up_a_held_session_and_adds_someone_who_came_without_signing_up_A13()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var created = await recorder.SubmitAsync($"/Activities/Create?organizationId={organization}",
            [new("Input.Title", "重阳节敬老探访"), new("Input.Category", "HelpForVulnerableGroups"), new("Input.Place", "太平区敬老院")], postPath: "/Activities/Create");
        var path = created.Location!;
        var yesterday = ChinaTime.Today(TimeProvider.System).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await recorder.SubmitAsync(path, [new("Plan.Sessions", $"{yesterday} 09:00-11:00"), new("Plan.Quota", "5"), new("Plan.Risks", "注意防滑。")], postPath: path + "?handler=Plan");
        var member = await recorder.RegisterOnSiteAsync(organization, "赵铁柱");
        var grains = app.Factory.Services.GetRequiredService<IGrainFactory>();
        var number = (await grains.GetGrain<IVolunteerGrain>(Guid.Parse(member.VolunteerId)).GetProfileAsync())!.VolunteerNumber;

        var ahead = await recorder.SubmitAsync($"/Activities/Create?organizationId={organization}",
            [new("Input.Title", "下周义诊"), new("Input.Category", "CommunityService"), new("Input.Place", "太平区")], postPath: "/Activities/Create");
        var nextWeek = ChinaTime.Today(TimeProvider.System).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await recorder.SubmitAsync(ahead.Location!, [new("Plan.Sessions", $"{nextWeek} 09:00-11:00"), new("Plan.Quota", "5"), new("Plan.Risks", "注意防滑。")], postPath: ahead.Location! + "?handler=Plan");
        var notHeld = await recorder.SubmitAsync(ahead.Location!, [new("step", "held")], postPath: ahead.Location! + "?handler=Move");
        var draft = await recorder.GetAsync(path);
        var held = await recorder.SubmitAsync(path, [new("step", "held")], postPath: path + "?handler=Move");
        var unknown = await recorder.SubmitAsync(path, [new("volunteerNumber", "FX-NO-SUCH")], postPath: path + "?handler=WalkIn");
        var added = await recorder.SubmitAsync(path, [new("volunteerNumber", number.ToLowerInvariant())], postPath: path + "?handler=WalkIn");
        var roster = await recorder.FollowAsync(added);

        Assert.Contains("补录须各场次均已结束", notHeld.Html);
        Assert.Contains("按纸质签到表补录", draft.Html);
        Assert.Equal(HttpStatusCode.Redirect, held.Status);
        Assert.Contains("未找到该志愿者编号", unknown.Html);
        Assert.Contains("FX-NO-SUCH", unknown.Html);
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Contains("已将 赵铁柱", roster.Html);
        Assert.Contains("现场添加", roster.Html);
        Assert.Contains("已结束", roster.Html);
    }
}
