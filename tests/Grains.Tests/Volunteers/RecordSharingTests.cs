using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Grains.Tests.Volunteers;

/// <summary>A23, A24: no organization reads another's records of a volunteer without the volunteer's consent.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RecordSharingTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task An_organization_reads_other_organizations_records_only_while_the_volunteer_shares_with_it_A24()
    {
        var first = await _scenario.OrganizationAsync();
        var second = await _scenario.OrganizationAsync(name: "海州区红十字志愿服务队");
        var volunteer = await _scenario.MemberAsync(first);
        await fixture.Grains.Membership(volunteer, second).JoinAsync(Scenario.Recorder(second));
        var grain = fixture.Grains.GetGrain<IRecordBookGrain>(volunteer);

        var withoutConsent = await grain.RecordVisibilityAsync(Scenario.Recorder(second));
        await fixture.Grains.Membership(volunteer, second).SetSharingAsync(true, Scenario.Self(volunteer));
        var withConsent = await grain.RecordVisibilityAsync(Scenario.Recorder(second));
        await fixture.Grains.Membership(volunteer, second).SetSharingAsync(false, Scenario.Self(volunteer));
        var withdrawn = await grain.RecordVisibilityAsync(Scenario.Recorder(second));
        var stranger = await grain.RecordVisibilityAsync(Scenario.Recorder(Guid.NewGuid()));
        var bureau = await grain.RecordVisibilityAsync(Actors.Context(Actors.DistrictAdmin("210902")));

        // She has no service records yet, so nothing of another organization's would add to her totals.
        Assert.Equal(new RecordVisibility(false, second, false, OnlyOwnRecords: true), withoutConsent);
        Assert.Equal(new RecordVisibility(true, second, true), withConsent);
        Assert.Equal(new RecordVisibility(false, second, false, OnlyOwnRecords: true), withdrawn);
        Assert.Null(stranger);
        Assert.Equal(new RecordVisibility(true, null, false), bureau);
        var access = await new SqlAuditLog(fixture.Connections).QueryAsync(
            new AuditQuery(Action: "volunteer.shared-records-read", SubjectId: volunteer.ToString()), TestContext.Current.CancellationToken);
        Assert.Equal($"organization={second}", Assert.Single(access.Items).Detail);
    }
}
