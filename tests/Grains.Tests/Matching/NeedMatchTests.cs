using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Matching;

namespace VolunteerRecords.Grains.Tests.Matching;

public sealed class NeedMatchTests
{
    [Theory]
    [InlineData(ServiceCategory.HelpForVulnerableGroups, "210911", "手语、急救", 7)]
    [InlineData(ServiceCategory.HelpForVulnerableGroups, "210922", "书法", 4)]
    [InlineData(ServiceCategory.EnvironmentalProtection, "210911", "", 2)]
    [InlineData(ServiceCategory.EnvironmentalProtection, "210922", "急救培训", 1)]
    public void Needs_that_fit_the_volunteers_intentions_region_and_skills_come_first_A19(string category, string region, string needSkills, int expected)
    {
        var score = NeedMatch.Score(category, region, needSkills, [ServiceCategory.HelpForVulnerableGroups], "210911001", "急救、阜新话");

        Assert.Equal(expected, score);
    }
}
