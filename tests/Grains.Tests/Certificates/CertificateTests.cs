using System.Text.Json;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Certificates;

namespace VolunteerRecords.Grains.Tests.Certificates;

/// <summary>A25: a true certificate of service, free and at once, frozen at issue, verifiable and revocable.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CertificateTests(ClusterFixture fixture)
{
    private static readonly DateTime March = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_volunteer_issues_a_certificate_listing_the_services_in_scope_and_a_retry_gives_the_same_one_A25()
    {
        var (organization, volunteer) = await MemberAsync();
        await CertifyAsync(organization, volunteer, March, 3);
        await CertifyAsync(organization, volunteer, March.AddMonths(2), 2);
        var request = Scenario.Self(volunteer);

        var issued = await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.SchoolAdmission, null, null, null), request);
        var again = await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.SchoolAdmission, null, null, null), request);
        var march = await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(
            new CertificateRequest(CertificatePurpose.Employment, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), organization), Scenario.Self(volunteer));

        var row = await Store.FindAsync(issued.Id.ToString(), TestContext.Current.CancellationToken);
        var content = JsonSerializer.Deserialize<CertificateContent>(row!.Snapshot)!;
        Assert.Equal((issued.Number, issued.Code), (again.Number, again.Code));
        Assert.Matches("^FX\\d{14}$", issued.Number);
        Assert.True(CertificateCodes.Matches(issued.Code.ToLowerInvariant(), row.CodeHash));
        Assert.False(CertificateCodes.Matches("00000000", row.CodeHash));
        Assert.Equal((300L, 5), (content.TotalMinutes, content.Services.Count));
        Assert.Equal("海州区阳光志愿者协会", Assert.Single(content.Organizations).Name);
        Assert.Contains("*", content.MaskedIdNumber);
        var marchContent = JsonSerializer.Deserialize<CertificateContent>((await Store.FindAsync(march.Id.ToString(), TestContext.Current.CancellationToken))!.Snapshot)!;
        Assert.Equal((180L, CertificatePurpose.Employment), (marchContent.TotalMinutes, marchContent.Purpose));
    }

    [Fact]
    public async Task Only_the_volunteer_or_their_organization_issues_and_only_for_a_past_period_with_records_A25()
    {
        var (organization, volunteer) = await MemberAsync();
        var other = await _scenario.VolunteerAsync();
        var today = ChinaTime.Today(TestClock.Instance);

        var noRecords = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, null, null, null), Scenario.Self(volunteer)));
        await CertifyAsync(organization, volunteer, March, 1);
        var someoneElse = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, null, null, null), Scenario.Self(other)));
        var otherOrganization = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, null, null, null), Scenario.Recorder(Guid.NewGuid())));
        var backwards = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, today, today.AddDays(-5), null), Scenario.Self(volunteer)));
        var future = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, null, today.AddDays(3), null), Scenario.Self(volunteer)));
        var othersRecords = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, null, null, null), Scenario.Recorder(organization)));
        var byOrganization = await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Enlistment, null, null, organization), Scenario.Recorder(organization));

        Assert.Equal(
            [CertificateErrors.NoRecords, CertificateErrors.NotAllowed, CertificateErrors.NotAllowed, CertificateErrors.NotAllowed, CertificateErrors.PeriodInvalid, CertificateErrors.PeriodInvalid],
            [noRecords, someoneElse, otherOrganization, othersRecords, backwards, future]);
        Assert.NotEmpty(byOrganization.Number);
    }

    [Fact]
    public async Task An_operation_id_picked_by_someone_else_answers_no_number_and_no_code_A23()
    {
        var (organization, volunteer) = await MemberAsync();
        await CertifyAsync(organization, volunteer, March, 1);
        var mine = Scenario.Self(volunteer);
        await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, null, null, null), mine);
        var (otherOrganization, otherVolunteer) = await MemberAsync();
        await CertifyAsync(otherOrganization, otherVolunteer, March, 1);

        var stranger = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(
            new CertificateRequest(CertificatePurpose.Other, null, null, null), Scenario.Recorder(Guid.NewGuid()) with { OperationId = mine.OperationId }));
        var elsewhere = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(otherVolunteer).IssueAsync(
            new CertificateRequest(CertificatePurpose.Other, null, null, null), Scenario.Self(otherVolunteer) with { OperationId = mine.OperationId }));

        Assert.Equal(CertificateErrors.NotAllowed, stranger);
        Assert.Equal(CertificateErrors.NotAllowed, elsewhere);
    }

    [Fact]
    public async Task A_certificate_stays_as_issued_after_a_correction_and_the_organization_revokes_it_with_a_reason_A25()
    {
        var (organization, volunteer) = await MemberAsync();
        var certified = await CertifyAsync(organization, volunteer, March, 2);
        var issued = await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Employment, null, null, null), Scenario.Self(volunteer));

        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CorrectServiceAsync(certified[0].RootId, new ServiceCorrection(March, March.AddHours(1), 0, "签到表核对"), Scenario.Recorder(organization));
        var byVolunteer = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).RevokeAsync(issued.Id, "不需要了", Scenario.Self(volunteer)));
        var noReason = await Refused(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).RevokeAsync(issued.Id, " ", Scenario.Admin(organization)));
        await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).RevokeAsync(issued.Id, "服务时间已更正，请重新开具", Scenario.Admin(organization));
        await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).RevokeAsync(issued.Id, "重复提交", Scenario.Admin(organization));

        var row = await Store.FindAsync(issued.Id.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal((CertificateErrors.NotAllowed, CertificateErrors.ReasonRequired), (byVolunteer, noReason));
        Assert.Equal(120L, JsonSerializer.Deserialize<CertificateContent>(row!.Snapshot)!.TotalMinutes);
        Assert.Equal((true, "服务时间已更正，请重新开具"), (row.IsRevoked, row.RevokedReason));
    }

    private async Task<(Guid Organization, Guid Volunteer)> MemberAsync()
    {
        var organization = await _scenario.OrganizationAsync();
        return (organization, await _scenario.MemberAsync(organization));
    }

    private async Task<List<CertifiedService>> CertifyAsync(Guid organization, Guid volunteer, DateTime day, int count)
    {
        var results = new List<CertifiedService>();
        for (var i = 0; i < count; i++)
        {
            var start = day.AddDays(i);
            results.Add(await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(
                new ServiceEntry(organization, null, Guid.NewGuid(), start, start.AddHours(1), ServiceCategory.CommunityService,
                    start, start.AddHours(1), 0, "社区图书角整理", "海州区", new ServiceProof("王主任", null, null)),
                Scenario.Recorder(organization)));
        }

        return results;
    }

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);

    private SqlCertificateStore Store => new(fixture.Connections);
}
