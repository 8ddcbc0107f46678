using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Grains.Tests.Regions;

[Collection(ClusterCollection.Name)]
public sealed class RegionTreeGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_city_bureau_adds_a_street_under_a_district_A11()
    {
        var code = "210902" + Random.Shared.Next(100, 999);

        await Tree.AddAsync(code, "和平街道", "210902", Actors.Context(Actors.CityAdmin));
        await Tree.RenameAsync(code, "和平街道办事处", Actors.Context(Actors.CityAdmin));

        var region = await new SqlRegionDirectory(fixture.Connections).FindAsync(code, TestContext.Current.CancellationToken);
        Assert.Equal(("和平街道办事处", "210902", 3), (region!.Name, region.ParentCode, region.Level));
    }

    [Fact]
    public async Task The_list_pages_read_from_the_tree_follows_every_edit_A11()
    {
        var code = "210904" + Random.Shared.Next(100, 999);
        var before = await Tree.ListAsync();

        await Tree.AddAsync(code, "站前街道", "210904", Actors.Context(Actors.CityAdmin));
        var added = await Tree.ListAsync();
        await Tree.RenameAsync(code, "站前街道办事处", Actors.Context(Actors.CityAdmin));
        var renamed = await Tree.ListAsync();

        Assert.DoesNotContain(before, r => r.Code == code);
        Assert.Equal(new RegionInfo(code, "站前街道", "210904", 3), added.Single(r => r.Code == code));
        Assert.Equal("站前街道办事处", renamed.Single(r => r.Code == code).Name);
        Assert.Equal(added.Count, renamed.Count);
    }

    [Theory]
    [InlineData("210903001", "210902", RegionErrors.NotInParent)]
    [InlineData("2109021", "210902", RegionErrors.CodeInvalid)]
    [InlineData("210902001", "999999", RegionErrors.ParentUnknown)]
    [InlineData("210902", "210900", RegionErrors.CodeTaken)]
    public async Task Codes_must_nest_in_their_parent_and_be_new_A11(string code, string parent, string error)
    {
        var exception = await Assert.ThrowsAsync<DomainException>(() => Tree.AddAsync(code, "某街道", parent, Actors.Context(Actors.CityAdmin)));

        Assert.Equal(error, exception.Code);
    }

    [Fact]
    public async Task The_tree_stops_at_township_and_street_level_A11()
    {
        var street = "210911" + Random.Shared.Next(100, 999);
        await Tree.AddAsync(street, "四合街道", "210911", Actors.Context(Actors.CityAdmin));

        var error = await Assert.ThrowsAsync<DomainException>(() => Tree.AddAsync(street + "001", "社区", street, Actors.Context(Actors.CityAdmin)));

        Assert.Equal(RegionErrors.TooDeep, error.Code);
    }

    [Fact]
    public async Task Only_the_city_bureau_edits_the_tree_A4()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Tree.AddAsync("210902777", "某街道", "210902", Actors.Context(Actors.DistrictAdmin("210902"))));

        Assert.Equal(RegionErrors.NotAllowed, error.Code);
    }

    private IRegionTreeGrain Tree => fixture.Grains.GetGrain<IRegionTreeGrain>(0);
}
