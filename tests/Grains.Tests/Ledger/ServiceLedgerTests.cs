using Dapper;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Grains.Tests.Ledger;

[Collection(ClusterCollection.Name)]
public sealed class ServiceLedgerTests(ClusterFixture fixture)
{
    private static readonly DateTime SessionStart = new(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SessionEnd = SessionStart.AddHours(4);
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task Hours_are_the_actual_service_time_without_travel_A13()
    {
        var (organization, volunteer) = await MemberAsync();

        var certified = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization, deducted: 30), Scenario.Recorder(organization));

        Assert.Equal(210, certified.Minutes);
        Assert.Equal(210, certified.TotalMinutes);
        Assert.Equal(3.5m, ServiceRules.Hours(certified.TotalMinutes));
        Assert.True((await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).Agree);
    }

    [Theory]
    [InlineData(-30, 0, 0, LedgerErrors.OutsideSession)]
    [InlineData(0, 30, 0, LedgerErrors.OutsideSession)]
    [InlineData(0, 0, 240, LedgerErrors.DeductionInvalid)]
    [InlineData(0, 0, -5, LedgerErrors.DeductionInvalid)]
    public async Task Hours_never_exceed_the_session_and_deductions_stay_inside_it_A13(int startShift, int endShift, int deducted, string code)
    {
        var (organization, volunteer) = await MemberAsync();
        var entry = Entry(organization, deducted) with { StartUtc = SessionStart.AddHours(1).AddMinutes(startShift - 60), EndUtc = SessionStart.AddHours(3).AddMinutes(endShift + 60) };

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(entry, Scenario.Recorder(organization)));

        Assert.Equal(code, error.Code);
        Assert.Equal(0, (await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).LedgerMinutes);
    }

    [Fact]
    public async Task An_entry_overlapping_another_certified_entry_is_refused_A13()
    {
        var (organization, volunteer) = await MemberAsync();
        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization), Scenario.Recorder(organization));
        var other = await _scenario.OrganizationAsync();
        await fixture.Grains.Membership(volunteer, other).JoinAsync(Scenario.Recorder(other));

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(
            Entry(other) with { SessionId = Guid.NewGuid(), StartUtc = SessionStart.AddHours(3), EndUtc = SessionEnd.AddHours(1), SessionEndUtc = SessionEnd.AddHours(1) },
            Scenario.Recorder(other)));

        Assert.Equal(LedgerErrors.Overlap, error.Code);
    }

    [Fact]
    public async Task A_retry_or_double_click_certifies_nothing_twice_A21()
    {
        var (organization, volunteer) = await MemberAsync();
        var context = Scenario.Recorder(organization);
        var entry = Entry(organization);

        var first = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(entry, context);
        var again = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(entry, context);
        var secondForm = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(entry, Scenario.Recorder(organization)));

        Assert.Equal(first.RecordId, again.RecordId);
        Assert.Equal(first.TotalMinutes, again.TotalMinutes);
        Assert.Equal(LedgerErrors.AlreadyCertified, secondForm.Code);
        Assert.Single((await Ledger.ListForVolunteerAsync(volunteer.ToString(), 1, 20, TestContext.Current.CancellationToken)).Items);
    }

    [Fact]
    public async Task Only_the_organizations_recorders_certify_and_they_need_proof_A21()
    {
        var (organization, volunteer) = await MemberAsync();

        var stranger = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization), Scenario.Recorder(Guid.NewGuid())));
        var noProof = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization) with { Proof = new ServiceProof(" ", null, null) }, Scenario.Recorder(organization)));
        var future = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization) with { StartUtc = TestClock.Instance.GetUtcNow().UtcDateTime, EndUtc = TestClock.Instance.GetUtcNow().UtcDateTime.AddHours(1), SessionStartUtc = null, SessionEndUtc = null }, Scenario.Recorder(organization)));

        Assert.Equal(LedgerErrors.NotAllowed, stranger.Code);
        Assert.Equal(LedgerErrors.ProofRequired, noProof.Code);
        Assert.Equal(LedgerErrors.InFuture, future.Code);
    }

    [Fact]
    public async Task A_revoked_volunteer_receives_no_new_hours_A18()
    {
        var (organization, volunteer) = await MemberAsync();
        await Grain(volunteer).SanctionAsync(SanctionKind.Revocation, "冒领时长", organization, Scenario.Admin(organization));

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization), Scenario.Recorder(organization)));

        Assert.Equal(VolunteerErrors.Revoked, error.Code);
    }

    [Fact]
    public async Task A_correction_is_a_new_row_pointing_at_the_entry_and_the_original_stays_A23()
    {
        var (organization, volunteer) = await MemberAsync();
        var original = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization), Scenario.Recorder(organization));

        var noReason = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CorrectServiceAsync(
            original.RootId, new ServiceCorrection(SessionStart, SessionEnd, 60, " "), Scenario.Recorder(organization)));
        var corrected = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CorrectServiceAsync(
            original.RootId, new ServiceCorrection(SessionStart, SessionEnd, 60, "签到表显示中途离开一小时"), Scenario.Admin(organization));

        var rows = (await Ledger.ListForVolunteerAsync(volunteer.ToString(), 1, 20, TestContext.Current.CancellationToken)).Items;
        Assert.Equal(LedgerErrors.ReasonRequired, noReason.Code);
        Assert.Equal(180, corrected.Minutes);
        Assert.Equal(180, corrected.TotalMinutes);
        Assert.Equal(2, rows.Count);
        var first = Assert.Single(rows, r => r.CorrectsId is null);
        Assert.Equal((240, 240), (first.Minutes, first.DeltaMinutes));
        var correction = Assert.Single(rows, r => r.CorrectsId is not null);
        Assert.Equal((first.Id, first.Id, -60, "签到表显示中途离开一小时"), (correction.CorrectsId, correction.RootId, correction.DeltaMinutes, correction.Reason));
        Assert.True((await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).Agree);
    }

    [Fact]
    public async Task Correcting_to_zero_withdraws_the_hours_and_frees_the_time_A23()
    {
        var (organization, volunteer) = await MemberAsync();
        var original = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization), Scenario.Recorder(organization));

        var withdrawn = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CorrectServiceAsync(original.RootId, new ServiceCorrection(SessionStart, SessionEnd, 240, "重复登记"), Scenario.Recorder(organization));
        var elsewhere = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization) with { SessionId = Guid.NewGuid() }, Scenario.Recorder(organization));

        Assert.Equal(0, withdrawn.TotalMinutes);
        Assert.Equal(240, elsewhere.TotalMinutes);
        Assert.True((await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).Agree);
    }

    [Fact]
    public async Task The_total_always_equals_the_ledger_even_after_a_lost_state_write_A21()
    {
        var (organization, volunteer) = await MemberAsync();
        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization), Scenario.Recorder(organization));
        // A row the grain never counted: what a crash between the ledger and the state write leaves behind.
        await using (var connection = await fixture.Connections.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO service_records (id, operation_id, root_id, volunteer_id, organization_id, category, start_utc, end_utc,
                    deducted_minutes, minutes, delta_minutes, content, place, proof_name, certified_by_id, certified_by_name, certified_utc)
                VALUES (@Id, @Id, @Id, @Volunteer, @Organization, 'CommunityService', @Start, @End, 0, 60, 60, '清扫', '社区', '王主任', 'r', 'r', @End);
                """,
                new { Id = Guid.NewGuid().ToString(), Volunteer = volunteer.ToString(), Organization = organization.ToString(), Start = SessionStart.AddDays(-2), End = SessionStart.AddDays(-2).AddHours(1) });
        }

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        var totals = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync();

        Assert.Equal(300, totals.LedgerMinutes);
        Assert.True(totals.Agree);
    }

    private async Task<(Guid Organization, Guid Volunteer)> MemberAsync()
    {
        var organization = await _scenario.OrganizationAsync();
        return (organization, await _scenario.MemberAsync(organization));
    }

    private static ServiceEntry Entry(Guid organization, int deducted = 0) => new(
        organization, Guid.NewGuid(), Guid.NewGuid(), SessionStart, SessionEnd, ServiceCategory.CommunityService,
        SessionStart, SessionEnd, deducted, "清理小区楼道杂物", "海州区和平街道", new ServiceProof("王主任", "0418-2222222", "签到表"));

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);

    private SqlServiceLedger Ledger => new(fixture.Connections);
}
