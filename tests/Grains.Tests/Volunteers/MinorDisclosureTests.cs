using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Grains.Tests.Volunteers;

/// <summary>Children's consent (A7.2; PIPL Art 31): the guardian decides under 14, and no minor's name is public without them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MinorDisclosureTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task Under_14_disclosure_is_the_guardians_decision_A7()
    {
        var today = ChinaTime.Today(TestClock.Instance);
        var child = await _scenario.VolunteerAsync(People.Minor(today.AddYears(-12), People.Guardian()));

        var alone = await Assert.ThrowsAsync<DomainException>(() => Grain(child).SetDisclosureConsentAsync(true, false, Scenario.Self(child)));
        var stillPrivate = await Grain(child).GetProfileAsync();
        var byGuardian = await Grain(child).SetDisclosureConsentAsync(true, true, Scenario.Self(child));

        Assert.Equal(VolunteerErrors.GuardianMustDecide, alone.Code);
        Assert.False(stillPrivate!.DiscloseToThirdParties);
        Assert.True(byGuardian.DiscloseToThirdParties);
        Assert.True(byGuardian.NameIsPublic);
    }

    [Fact]
    public async Task From_14_she_decides_but_her_name_stays_private_until_her_guardian_agrees_A7()
    {
        var today = ChinaTime.Today(TestClock.Instance);
        var teenager = await _scenario.VolunteerAsync(People.Minor(today.AddYears(-15), People.Guardian()));
        var adult = await _scenario.VolunteerAsync();

        var herself = await Grain(teenager).SetDisclosureConsentAsync(true, false, Scenario.Self(teenager));
        var withGuardian = await Grain(teenager).SetDisclosureConsentAsync(true, true, Scenario.Self(teenager));
        var grown = await Grain(adult).SetDisclosureConsentAsync(true, false, Scenario.Self(adult));

        Assert.True(herself.DiscloseToThirdParties);
        Assert.False(herself.NameIsPublic);
        Assert.True(withGuardian.NameIsPublic);
        Assert.True(grown.NameIsPublic);
    }

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);
}
