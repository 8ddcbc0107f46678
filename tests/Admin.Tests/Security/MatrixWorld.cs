using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Grains.Training;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>
/// Two organizations in two districts, a volunteer of the first with hours and a certificate, a stranger, and one of
/// each thing a page is about, all belonging to organization A; a signed-in client for every actor.
/// </summary>
public sealed class MatrixWorld : IAsyncDisposable
{
    private readonly Dictionary<Who, FormClient> _clients = [];

    public Guid OrganizationA { get; private set; }

    public Guid OrganizationB { get; private set; }

    public Guid Volunteer { get; private set; }

    public Guid Stranger { get; private set; }

    public Guid DraftActivity { get; private set; }

    public Guid OpenActivity { get; private set; }

    public Guid Certificate { get; private set; }

    /// <summary>One of the volunteer's certified entries.</summary>
    public Guid RecordRoot { get; private set; }

    public Guid Team { get; private set; }

    public Guid Project { get; private set; }

    public Guid Base { get; private set; }

    public Guid Training { get; private set; }

    public Guid Campaign { get; private set; }

    /// <summary>A report organization A kept of its own statistics.</summary>
    public string Report { get; private set; } = "";

    /// <summary>A national export the city bureau numbered.</summary>
    public int Export { get; private set; }

    /// <summary>A spot check district A's bureau drew of its region.</summary>
    public Guid SpotCheck { get; private set; }

    public FormClient Client(Who who) => _clients[who];

    public static async Task<MatrixWorld> BuildAsync(AppFixture app)
    {
        var world = new MatrixWorld();
        var grains = app.Factory.Services.GetRequiredService<IGrainFactory>();
        world.OrganizationA = await app.RegisterOrganizationAsync(region: "210902");
        world.OrganizationB = await app.RegisterOrganizationAsync(region: "210911");
        var a = world.OrganizationA;
        world._clients[Who.Anonymous] = app.NewClient();
        world._clients[Who.RecorderA] = await app.SignedInStaffAsync(Role.Recorder, a);
        world._clients[Who.AdminA] = await app.SignedInStaffAsync(Role.OrganizationAdmin, a, canUnmask: true);
        world._clients[Who.RecorderB] = await app.SignedInStaffAsync(Role.Recorder, world.OrganizationB);
        world._clients[Who.AdminB] = await app.SignedInStaffAsync(Role.OrganizationAdmin, world.OrganizationB, canUnmask: true);
        world._clients[Who.DistrictA] = await SignedInBureauAsync(app, Role.DistrictAdmin, "210902");
        world._clients[Who.DistrictB] = await SignedInBureauAsync(app, Role.DistrictAdmin, "210911");
        var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        world._clients[Who.City] = city;

        var member = await world._clients[Who.AdminA].RegisterOnSiteAsync(a, "矩阵志愿者");
        world.Volunteer = Guid.Parse(member.VolunteerId);
        world._clients[Who.Volunteer] = await app.SignedInMemberAsync(member);
        var (stranger, _, strangerId) = await app.SignedInVolunteerAsync("路过的人");
        world._clients[Who.Stranger] = stranger;
        world.Stranger = Guid.Parse(await app.VolunteerIdAsync(strangerId));
        await TestLedger.CertifyHoursAsync(app.Factory.Services, a, world.Volunteer, 4, new DateTime(2026, 5, 9, 1, 0, 0, DateTimeKind.Utc));
        world.RecordRoot = Guid.Parse((await app.Factory.Services.GetRequiredService<IServiceLedger>().CurrentEntriesAsync(
            world.Volunteer.ToString(), null, null, null, TestContext.Current.CancellationToken))[0].RootId);

        var staff = Context(new Actor("matrix-admin", "组织管理员", Role.OrganizationAdmin, "210902", a, null));
        var self = Context(new Actor(world.Volunteer.ToString(), "矩阵志愿者", Role.Volunteer, null, null, world.Volunteer));
        world.Certificate = (await grains.GetGrain<IVolunteerCertificatesGrain>(world.Volunteer).IssueAsync(
            new CertificateRequest(CertificatePurpose.Employment, null, null, null), self)).Id;
        world.DraftActivity = await ActivityAsync(grains, a, staff, publish: false);
        world.OpenActivity = await ActivityAsync(grains, a, staff, publish: true);
        world.Team = Guid.NewGuid();
        await grains.GetGrain<ITeamGrain>(world.Team).CreateAsync(new CreateTeam(a, "矩阵服务队", [], world.Volunteer), Context(self.Actor));
        world.Project = Guid.NewGuid();
        await grains.GetGrain<IProjectGrain>(world.Project).CreateAsync(
            new ProjectPlan(a, null, "矩阵项目", "方案", "安排", "自筹", "宣传", "监督"), Context(staff.Actor));
        world.Base = Guid.NewGuid();
        var today = ChinaTime.Today(TimeProvider.System);
        await grains.GetGrain<IServiceBaseGrain>(world.Base).RegisterAsync(
            new ServiceBaseAgreement(a, "矩阵服务基地", "海州区和平街", today, today.AddYears(1), ["CommunityService"]), Context(staff.Actor));
        world.Training = Guid.NewGuid();
        await grains.GetGrain<ITrainingGrain>(world.Training).ScheduleAsync(
            new ScheduleTraining(a, "岗前培训", "服务礼仪", "市志愿者协会", today, 120, [TrainingTopic.PurposeAndIdeals]), Context(staff.Actor));
        world.Campaign = Guid.NewGuid();
        await grains.GetGrain<ICampaignGrain>(world.Campaign).DefineAsync(
            new DefineCampaign("海州区优秀志愿者", CampaignKind.Volunteers, "210902", null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
                new CampaignCriteria(0, 0, false, null), 3, CampaignSchedule.Once, "海州区民政局"),
            Context(new Actor("matrix-district", "区民政局", Role.DistrictAdmin, "210902", null, null)));
        var kept = await world._clients[Who.AdminA].SubmitAsync("/Statistics", [], postPath: "/Statistics?handler=Save");
        var list = await world._clients[Who.AdminA].FollowAsync(kept);
        world.Report = Uri.UnescapeDataString(System.Text.RegularExpressions.Regex.Match(list.Html, "id=([^&\"]+)&amp;format=xlsx").Groups[1].Value);
        var created = await city.SubmitAsync("/Exports", [], postPath: "/Exports?handler=Create");
        var exports = await city.FollowAsync(created);
        world.Export = int.Parse(System.Text.RegularExpressions.Regex.Match(exports.Html, "已生成第 (\\d+) 号导出").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        world.SpotCheck = Guid.NewGuid();
        await grains.GetGrain<VolunteerRecords.Grains.SpotChecks.ISpotCheckGrain>(world.SpotCheck).DrawAsync(today.AddDays(-30), today, 5,
            new CommandContext(world.SpotCheck, new Actor("matrix-district", "区民政局", Role.DistrictAdmin, "210902", null, null), null));
        return world;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Task.CompletedTask;
    }

    private static CommandContext Context(Actor actor) => new(Guid.NewGuid(), actor, null);

    private static async Task<FormClient> SignedInBureauAsync(AppFixture app, Role role, string region)
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(role, region: region);
        var client = app.NewClient();
        await client.SignInAsync(userName, password);
        return client;
    }

    private static async Task<Guid> ActivityAsync(IGrainFactory grains, Guid organization, CommandContext staff, bool publish)
    {
        var id = Guid.NewGuid();
        var activity = grains.GetGrain<IActivityGrain>(id);
        var start = DateTime.UtcNow.Date.AddDays(3).AddHours(1);
        await activity.CreateDraftAsync(new CreateActivityDraft(organization, publish ? "矩阵招募活动" : "矩阵草稿活动", ServiceCategory.CommunityService, "清扫", "海州区"), Context(staff.Actor));
        await activity.UpdatePlanAsync(
            new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, start.AddHours(2))], new RecruitmentSettings(false, false, false, 10, null), "注意安全。", "服务无偿。", false),
            Context(staff.Actor));
        if (publish)
        {
            await activity.PublishAsync(Context(staff.Actor));
        }

        return id;
    }
}
