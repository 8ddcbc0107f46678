using VolunteerRecords.Grains.Regions;

namespace VolunteerRecords.Grains.Tests.Common;

public sealed class RegionCodesTests
{
    [Theory]
    [InlineData("210900", "210902", true)]
    [InlineData("210900", "210922", true)]
    [InlineData("210900", "210902001", true)]
    [InlineData("210902", "210902001", true)]
    [InlineData("210902", "210902", true)]
    [InlineData("210902", "210903", false)]
    [InlineData("210902", "210900", false)]
    [InlineData("210900", "211002", false)]
    public void Contains_follows_the_division_hierarchy_A4(string ancestor, string code, bool expected) =>
        Assert.Equal(expected, RegionCodes.Contains(ancestor, code));
}
