using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Grains.Tests.Organizations;

[Collection(ClusterCollection.Name)]
public sealed class OrganizationManagementTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_credit_code_is_validated_and_belongs_to_one_organization_A11()
    {
        var code = ValidCreditCode();
        var first = Grain(Guid.NewGuid());
        var second = Grain(Guid.NewGuid());

        var profile = await first.RegisterAsync(new RegisterOrganization("彰武县慈善会", OrganizationKind.CharityOrganization, "210922", code.ToLowerInvariant(), "赵主任", "0418-8888888"), Actors.Context(Actors.CityAdmin));
        var taken = await Assert.ThrowsAsync<DomainException>(() =>
            second.RegisterAsync(new RegisterOrganization("另一个协会", OrganizationKind.CharityOrganization, "210922", code), Actors.Context(Actors.CityAdmin)));
        var invalid = await Assert.ThrowsAsync<DomainException>(() =>
            second.RegisterAsync(new RegisterOrganization("另一个协会", OrganizationKind.CharityOrganization, "210922", "91350100M000100Y44"), Actors.Context(Actors.CityAdmin)));

        Assert.Equal(code, profile.CreditCode);
        Assert.Equal("0418-8888888", profile.ContactPhone);
        Assert.Equal(OrganizationErrors.CreditCodeTaken, taken.Code);
        Assert.Equal(OrganizationErrors.CreditCodeInvalid, invalid.Code);
    }

    [Fact]
    public async Task The_organization_admin_edits_details_a_recorder_cannot_A11()
    {
        var organization = await _scenario.OrganizationAsync();

        var updated = await Grain(organization).UpdateAsync(new UpdateOrganization("海州区阳光志愿服务协会", null, "钱会长", "13800001111"), Scenario.Admin(organization));
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(organization).UpdateAsync(new UpdateOrganization("改名", null, "", ""), Scenario.Recorder(organization)));

        Assert.Equal("海州区阳光志愿服务协会", updated.Name);
        Assert.Equal(OrganizationErrors.NotAllowed, error.Code);
        Assert.Equal("海州区阳光志愿服务协会", (await Grain(organization).GetProfileAsync())!.Name);
    }

    [Fact]
    public async Task A_bureau_suspends_and_reactivates_with_a_reason_A4()
    {
        var organization = await _scenario.OrganizationAsync();

        var byOrganization = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(organization).SetStatusAsync(OrganizationStatus.Suspended, "自查", Scenario.Admin(organization)));
        var noReason = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(organization).SetStatusAsync(OrganizationStatus.Suspended, "", Actors.Context(Actors.CityAdmin)));
        var suspended = await Grain(organization).SetStatusAsync(OrganizationStatus.Suspended, "未按期年检", Actors.Context(Actors.DistrictAdmin("210902")));
        var reactivated = await Grain(organization).SetStatusAsync(OrganizationStatus.Active, "已完成年检", Actors.Context(Actors.CityAdmin));

        Assert.Equal(OrganizationErrors.NotAllowed, byOrganization.Code);
        Assert.Equal(OrganizationErrors.ReasonRequired, noReason.Code);
        Assert.Equal(OrganizationStatus.Suspended, suspended.Status);
        Assert.Equal(OrganizationStatus.Active, reactivated.Status);
    }

    [Fact]
    public async Task A_deregistered_organization_keeps_its_record_and_records_nothing_new_for_good_A4()
    {
        var organization = await _scenario.OrganizationAsync();
        var activity = fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var start = TestClock.Instance.GetUtcNow().UtcDateTime.AddDays(2);
        await activity.CreateDraftAsync(new CreateActivityDraft(organization, "楼道清扫", ServiceCategory.CommunityService, "清扫", "海州区"), Scenario.Recorder(organization));
        await activity.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, start.AddHours(2))],
            new RecruitmentSettings(false, false, false, 5, null), "注意安全。", "服务无偿。", false), Scenario.Recorder(organization));

        var deregistered = await Grain(organization).SetStatusAsync(OrganizationStatus.Deregistered, "组织已解散", Actors.Context(Actors.CityAdmin));
        var publish = await Assert.ThrowsAsync<DomainException>(() => activity.PublishAsync(Scenario.Recorder(organization)));
        var reactivate = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(organization).SetStatusAsync(OrganizationStatus.Active, "重新开展工作", Actors.Context(Actors.CityAdmin)));
        var kept = await Grain(organization).GetProfileAsync();

        Assert.Equal(OrganizationStatus.Deregistered, deregistered.Status);
        Assert.Equal(OrganizationErrors.NotActive, publish.Code);
        Assert.Equal(OrganizationErrors.Deregistered, reactivate.Code);
        Assert.Equal((OrganizationStatus.Deregistered, "组织已解散"), (kept!.Status, kept.StatusReason));
    }

    [Fact]
    public async Task The_organization_admin_manages_staff_accounts_A21()
    {
        var organization = await _scenario.OrganizationAsync();
        var userName = "rec" + Guid.NewGuid().ToString("N")[..8];
        var create = new CreateStaffAccount(userName, "周记录员", Role.Recorder, CanUnmask: false, "hashed-elsewhere");

        var accountId = await Grain(organization).CreateStaffAccountAsync(create, Scenario.Admin(organization));
        var taken = await Assert.ThrowsAsync<DomainException>(() => Grain(organization).CreateStaffAccountAsync(create, Scenario.Admin(organization)));
        var byRecorder = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(organization).CreateStaffAccountAsync(create with { UserName = "other" + userName }, Scenario.Recorder(organization)));
        var cityRole = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(organization).CreateStaffAccountAsync(create with { UserName = "boss" + userName, Role = Role.CityAdmin }, Scenario.Admin(organization)));
        await Grain(organization).SetStaffDisabledAsync(accountId, disabled: true, Scenario.Admin(organization));

        var account = await new SqlAccountStore(fixture.Connections).FindByIdAsync(accountId, TestContext.Current.CancellationToken);
        Assert.Equal((Role.Recorder, organization.ToString(), true, true), (account!.Role, account.OrganizationId, account.MustChangePassword, account.IsDisabled));
        Assert.Equal(OrganizationErrors.StaffUserNameTaken, taken.Code);
        Assert.Equal(OrganizationErrors.NotAllowed, byRecorder.Code);
        Assert.Equal(OrganizationErrors.StaffRoleInvalid, cityRole.Code);
    }

    [Fact]
    public async Task Nobody_grants_what_they_do_not_hold_and_every_grant_is_audited_with_who_gave_it_A20()
    {
        var organization = await _scenario.OrganizationAsync();
        var userName = "rec" + Guid.NewGuid().ToString("N")[..8];
        var create = new CreateStaffAccount(userName, "钱记录员", Role.Recorder, CanUnmask: true, "hashed-elsewhere");
        var accounts = new SqlAccountStore(fixture.Connections);

        var withoutIt = await Assert.ThrowsAsync<DomainException>(() => Grain(organization).CreateStaffAccountAsync(create, Scenario.Admin(organization)));
        var nothingCreated = await accounts.FindByUserNameAsync(userName, TestContext.Current.CancellationToken);
        var granter = Scenario.Admin(organization, canUnmask: true);
        var accountId = await Grain(organization).CreateStaffAccountAsync(create, granter);

        Assert.Equal(OrganizationErrors.CannotGrantUnmask, withoutIt.Code);
        Assert.Null(nothingCreated);
        Assert.True((await accounts.FindByIdAsync(accountId, TestContext.Current.CancellationToken))!.CanUnmask);
        var audited = await new SqlAuditLog(fixture.Connections).QueryAsync(
            new AuditQuery(Action: "organization.staff-created", SubjectId: accountId), TestContext.Current.CancellationToken);
        var line = Assert.Single(audited.Items);
        Assert.Equal(granter.Actor.AccountId, line.ActorId);
        Assert.Contains("unmask=True", line.Detail);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("13812345678")]
    [InlineData("张三")]
    public async Task Staff_sign_in_names_are_plain_and_never_a_phone(string userName)
    {
        var organization = await _scenario.OrganizationAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(organization).CreateStaffAccountAsync(new CreateStaffAccount(userName, "某人", Role.Recorder, false, "hash"), Scenario.Admin(organization)));

        Assert.Equal(OrganizationErrors.StaffUserNameInvalid, error.Code);
    }

    private static string ValidCreditCode()
    {
        var first17 = "53210900MJ" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    private IOrganizationGrain Grain(Guid id) => fixture.Grains.GetGrain<IOrganizationGrain>(id);
}
