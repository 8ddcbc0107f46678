using Dapper;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Campaigns;
using VolunteerRecords.Storage.Honours;
using VolunteerRecords.Storage.RecordBook;

namespace VolunteerRecords.Grains.Tests.Campaigns;

[Collection(ClusterCollection.Name)]
public sealed class CampaignGrainTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    private static DefineCampaign Campaign(CampaignKind kind = CampaignKind.Volunteers, string region = "210900", Guid? organization = null, int places = 2) => new(
        "优秀志愿者评选",
        kind,
        region,
        organization,
        new DateOnly(2025, 1, 1),
        new DateOnly(2025, 12, 31),
        new CampaignCriteria(20, 0, true, null),
        places,
        CampaignSchedule.Once,
        "阜新市民政局");

    [Fact]
    public async Task The_campaign_queues_its_selection_itself_and_a_hand_over_that_failed_is_made_at_its_next_activation_A27()
    {
        var id = Guid.NewGuid();
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>(id);
        await campaign.DefineAsync(Campaign(), Actors.Context(Actors.CityAdmin));
        RecordingCampaignJobs.Instance.Failing[id] = true;

        await Assert.ThrowsAnyAsync<Exception>(() => campaign.QueueSelectionAsync(new DateOnly(2026, 1, 10), Actors.Context(Actors.CityAdmin)));
        RecordingCampaignJobs.Instance.Failing.TryRemove(id, out _);
        var before = RecordingCampaignJobs.Instance.Selections.Count(s => s.Campaign == id);
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        await campaign.GetAsync();
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        await campaign.GetAsync();

        Assert.Equal(0, before);
        Assert.Single(RecordingCampaignJobs.Instance.Selections, s => s.Campaign == id);
    }

    [Fact]
    public async Task A_bureau_defines_a_campaign_for_its_own_region_with_valid_period_places_and_criteria_A27()
    {
        async Task<string> Refused(DefineCampaign command, Actor actor) =>
            (await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<ICampaignGrain>(Guid.NewGuid()).DefineAsync(command, Actors.Context(actor)))).Code;

        var backwards = await Refused(Campaign() with { PeriodTo = new DateOnly(2024, 12, 31) }, Actors.CityAdmin);
        var noPlaces = await Refused(Campaign(places: 0), Actors.CityAdmin);
        var tooManyStars = await Refused(Campaign() with { Criteria = new CampaignCriteria(20, 6, true, null) }, Actors.CityAdmin);
        var badEvaluation = await Refused(Campaign() with { Criteria = new CampaignCriteria(20, 0, true, 7) }, Actors.CityAdmin);
        var noName = await Refused(Campaign() with { Name = "  " }, Actors.CityAdmin);
        var otherDistrict = await Refused(Campaign(region: "210902"), Actors.DistrictAdmin("210911"));
        var wholeCity = await Refused(Campaign(), Actors.DistrictAdmin("210902"));
        var organization = Actors.Context(Scenario.Admin(await _scenario.OrganizationAsync()).Actor);
        var notBureau = (await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<ICampaignGrain>(Guid.NewGuid()).DefineAsync(Campaign(), organization))).Code;

        var id = Guid.NewGuid();
        var district = Actors.Context(Actors.DistrictAdmin("210902"));
        var defined = await fixture.Grains.GetGrain<ICampaignGrain>(id).DefineAsync(Campaign(region: "210902"), district);
        var again = await fixture.Grains.GetGrain<ICampaignGrain>(id).DefineAsync(Campaign(region: "210902"), district);

        Assert.Equal(CampaignErrors.PeriodInvalid, backwards);
        Assert.Equal(CampaignErrors.PlacesInvalid, noPlaces);
        Assert.Equal(CampaignErrors.CriteriaInvalid, tooManyStars);
        Assert.Equal(CampaignErrors.CriteriaInvalid, badEvaluation);
        Assert.Equal(CampaignErrors.NameInvalid, noName);
        Assert.Equal(CampaignErrors.NotAllowed, otherDistrict);
        Assert.Equal(CampaignErrors.NotAllowed, wholeCity);
        Assert.Equal(CampaignErrors.NotAllowed, notBureau);
        Assert.Equal("210902", defined.Definition.ScopeRegion);
        Assert.Equal((defined.Definition, defined.CreatedUtc), (again.Definition, again.CreatedUtc));
    }

    [Fact]
    public void A_yearly_campaign_selects_the_latest_ended_period_A27()
    {
        var yearly = Campaign() with { Schedule = CampaignSchedule.Yearly };

        Assert.Equal(1, CampaignRules.RoundFor(yearly, new DateOnly(2025, 6, 1)));
        Assert.Equal(1, CampaignRules.RoundFor(yearly, new DateOnly(2026, 1, 1)));
        Assert.Equal(2, CampaignRules.RoundFor(yearly, new DateOnly(2027, 1, 1)));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), CampaignRules.PeriodOf(yearly, 2));
        Assert.Equal(1, CampaignRules.RoundFor(Campaign(), new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public async Task Approving_writes_one_commendation_per_winner_however_often_it_is_repeated_A27()
    {
        var organization = await _scenario.OrganizationAsync();
        var first = await _scenario.MemberAsync(organization);
        var second = await _scenario.MemberAsync(organization);
        var third = await _scenario.MemberAsync(organization);
        var id = Guid.NewGuid();
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>(id);
        await campaign.DefineAsync(Campaign(), Actors.Context(Actors.CityAdmin));
        var round = await campaign.OpenRoundAsync(new DateOnly(2026, 1, 10));
        var early = await Assert.ThrowsAsync<DomainException>(() => campaign.ApproveAsync(round, [first.ToString()], Actors.Context(Actors.CityAdmin)));
        Assert.NotNull(await campaign.BeginSelectionAsync(round));
        await CandidatesAsync(id, round, (first, 3000), (second, 2400), (third, 1800));
        await campaign.CompleteSelectionAsync(round, 3);

        var tooMany = await Assert.ThrowsAsync<DomainException>(() =>
            campaign.ApproveAsync(round, [first.ToString(), second.ToString(), third.ToString()], Actors.Context(Actors.CityAdmin)));
        var notCandidate = await Assert.ThrowsAsync<DomainException>(() => campaign.ApproveAsync(round, [Guid.NewGuid().ToString()], Actors.Context(Actors.CityAdmin)));
        var district = await Assert.ThrowsAsync<DomainException>(() => campaign.ApproveAsync(round, [first.ToString()], Actors.Context(Actors.DistrictAdmin("210902"))));
        await campaign.ApproveAsync(round, [third.ToString(), first.ToString()], Actors.Context(Actors.CityAdmin));
        await campaign.ApproveAsync(round, [first.ToString(), third.ToString()], Actors.Context(Actors.CityAdmin));
        var changed = await Assert.ThrowsAsync<DomainException>(() => campaign.ApproveAsync(round, [second.ToString()], Actors.Context(Actors.CityAdmin)));
        var reselect = await campaign.BeginSelectionAsync(round);
        var requeued = await Assert.ThrowsAsync<DomainException>(() => campaign.QueueSelectionAsync(new DateOnly(2026, 1, 10), Actors.Context(Actors.CityAdmin)));
        var queuedByDistrict = await Assert.ThrowsAsync<DomainException>(() => campaign.QueueSelectionAsync(new DateOnly(2026, 1, 10), Actors.Context(Actors.DistrictAdmin("210902"))));

        Assert.Equal(CampaignErrors.NotSelected, early.Code);
        Assert.Equal(CampaignErrors.WinnersInvalid, tooMany.Code);
        Assert.Equal(CampaignErrors.WinnersInvalid, notCandidate.Code);
        Assert.Equal(CampaignErrors.NotAllowed, district.Code);
        Assert.Equal(CampaignErrors.AlreadyApproved, changed.Code);
        Assert.Null(reselect);
        Assert.Equal(CampaignErrors.AlreadyApproved, requeued.Code);
        Assert.Equal(CampaignErrors.NotAllowed, queuedByDistrict.Code);
        var book = new SqlRecordBook(fixture.Connections);
        var cancellation = TestContext.Current.CancellationToken;
        Assert.Equal("2025年度优秀志愿者评选", Assert.Single(await book.CommendationsAsync(first.ToString(), cancellation)).Title);
        Assert.Single(await book.CommendationsAsync(third.ToString(), cancellation));
        Assert.Empty(await book.CommendationsAsync(second.ToString(), cancellation));
        var winners = await new SqlCampaignStore(fixture.Connections).WinnersAsync(id.ToString(), cancellation);
        Assert.Equal([(first.ToString(), 1), (third.ToString(), 2)], winners.Select(w => (w.SubjectId, w.Position)));
        Assert.Equal(RoundStatus.Approved, Assert.Single((await campaign.GetAsync())!.Rounds).Status);
    }

    [Fact]
    public async Task Organizations_and_projects_are_commended_on_the_organizations_record_A27()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = Guid.NewGuid();
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>(id);
        await campaign.DefineAsync(Campaign(CampaignKind.Organizations, places: 1), Actors.Context(Actors.CityAdmin));
        var round = await campaign.OpenRoundAsync(new DateOnly(2026, 1, 10));
        await campaign.BeginSelectionAsync(round);
        await CandidatesAsync(id, round, (organization, 60_000));
        await campaign.CompleteSelectionAsync(round, 1);

        await campaign.ApproveAsync(round, [organization.ToString()], Actors.Context(Actors.CityAdmin));
        await campaign.ApproveAsync(round, [organization.ToString()], Actors.Context(Actors.CityAdmin));

        var honour = Assert.Single(await new SqlHonourStore(fixture.Connections).ForOrganizationAsync(organization.ToString(), TestContext.Current.CancellationToken));
        Assert.Equal(("Organization", "阜新市民政局"), (honour.SubjectKind, honour.GrantingBody));
    }

    /// <summary>What the selection job leaves behind, written directly: the job itself is tested against the ledger.</summary>
    private async Task CandidatesAsync(Guid campaign, int round, params (Guid Subject, long Minutes)[] candidates)
    {
        await using var connection = await fixture.Connections.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var (subject, minutes) in candidates)
        {
            await connection.ExecuteAsync(
                "INSERT INTO campaign_candidates (campaign_id, round, subject_id, subject_name, minutes) VALUES (@Campaign, @Round, @Subject, '候选', @Minutes);",
                new { Campaign = campaign.ToString(), Round = round, Subject = subject.ToString(), Minutes = minutes });
        }
    }
}
