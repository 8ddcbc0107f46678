using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Grains.Tests.Categories;

/// <summary>A17 names five service areas and ends with "等": the city bureau extends the list, and only listed areas are used.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CategoryCatalogGrainTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    private ICategoryCatalogGrain Catalog => fixture.Grains.GetGrain<ICategoryCatalogGrain>(0);

    [Fact]
    public async Task The_five_areas_of_A17_are_built_in_A17()
    {
        var list = await Catalog.ListAsync();

        Assert.Equal(ServiceCategory.BuiltIn, list.Where(c => c.BuiltIn).Select(c => c.Code));
        Assert.Contains(list, c => c.Code == ServiceCategory.EmergencyRescue && c.NameZh == "应急救援");
    }

    [Fact]
    public async Task The_city_bureau_adds_an_area_that_activities_and_intentions_can_then_use_A17()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var code = "Culture" + suffix;
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var draft = new CreateActivityDraft(organization, "社区文艺汇演", code, "", "海州区文化宫");

        var before = await Refused(() => fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid()).CreateDraftAsync(draft, Scenario.Recorder(organization)));
        var added = await Catalog.AddAsync(code, "文体服务" + suffix, "Culture and sports " + suffix, Actors.Context(Actors.CityAdmin));
        var activity = await fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid()).CreateDraftAsync(draft, Scenario.Recorder(organization));
        var profile = await fixture.Grains.GetGrain<IVolunteerGrain>(volunteer).UpdateContactAsync(
            new UpdateVolunteerContact(People.Phone(), "210902", "", [code, ServiceCategory.CommunityService]), Scenario.Self(volunteer));
        var unknownIntention = await Refused(() => fixture.Grains.GetGrain<IVolunteerGrain>(volunteer).UpdateContactAsync(
            new UpdateVolunteerContact(People.Phone(), "210902", "", ["Unlisted"]), Scenario.Self(volunteer)));

        Assert.Equal(ActivityErrors.CategoryInvalid, before);
        Assert.False(added.BuiltIn);
        Assert.Equal(code, activity.Category);
        Assert.Equal([ServiceCategory.CommunityService, code], profile.Intentions);
        Assert.Equal(VolunteerErrors.IntentionInvalid, unknownIntention);
        Assert.Contains(await Catalog.ListAsync(), c => c.Code == code);
    }

    [Fact]
    public async Task Only_the_city_bureau_adds_areas_with_a_new_code_and_name_A17()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];

        var byDistrict = await Refused(() => Catalog.AddAsync("Health" + suffix, "卫生健康" + suffix, "Health", Actors.Context(Actors.DistrictAdmin("210902"))));
        var badCode = await Refused(() => Catalog.AddAsync("9lives", "九命" + suffix, "Nine", Actors.Context(Actors.CityAdmin)));
        var spaces = await Refused(() => Catalog.AddAsync("Health care", "卫生" + suffix, "Health", Actors.Context(Actors.CityAdmin)));
        var noName = await Refused(() => Catalog.AddAsync("Health" + suffix, " ", "Health", Actors.Context(Actors.CityAdmin)));
        var sameCodeOtherCase = await Refused(() => Catalog.AddAsync("communityservice", "社区" + suffix, "Community", Actors.Context(Actors.CityAdmin)));
        var sameChineseName = await Refused(() => Catalog.AddAsync("Community" + suffix, "社区服务", "Community", Actors.Context(Actors.CityAdmin)));

        Assert.Equal(
            [CategoryErrors.NotAllowed, CategoryErrors.CodeInvalid, CategoryErrors.CodeInvalid, CategoryErrors.NameInvalid, CategoryErrors.CodeTaken, CategoryErrors.CodeTaken],
            [byDistrict, badCode, spaces, noName, sameCodeOtherCase, sameChineseName]);
    }

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;
}
