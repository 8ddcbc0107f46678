using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Grains.Tests.Claims;

/// <summary>What volunteers ask for: hours they served (A13) and corrections of certified entries (A21).</summary>
[Collection(ClusterCollection.Name)]
public sealed class ServiceClaimTests(ClusterFixture fixture)
{
    private static readonly ServiceProof Proof = new("敬老院李院长", "0418-5555555", "院方签到表");
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_claim_counts_only_once_a_recorder_certifies_it_and_only_once_A13()
    {
        var (organization, volunteer, activity, session) = await AttendedAsync();
        var claim = Scenario.Self(volunteer);

        await fixture.Attendance(activity).ClaimHoursAsync(volunteer, new HoursClaim(session.Id, session.StartUtc, session.EndUtc, 20, Proof), claim);
        await fixture.Attendance(activity).ClaimHoursAsync(volunteer, new HoursClaim(session.Id, session.StartUtc, session.EndUtc, 20, Proof), claim);
        var waiting = await Store.PendingForOrganizationAsync(organization.ToString(), 1, 20, TestContext.Current.CancellationToken);
        var beforeCertifying = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync();
        var certified = await fixture.Attendance(activity).DecideClaimAsync(new ClaimDecision(claim.OperationId, true, null), Scenario.Recorder(organization));
        var again = await fixture.Attendance(activity).DecideClaimAsync(new ClaimDecision(claim.OperationId, true, null), Scenario.Recorder(organization));
        var rejectAfterwards = await Assert.ThrowsAsync<DomainException>(
            () => fixture.Attendance(activity).DecideClaimAsync(new ClaimDecision(claim.OperationId, false, "重复"), Scenario.Recorder(organization)));

        var row = Assert.Single(waiting.Items);
        Assert.Equal((ClaimKind.Hours, "敬老院李院长", 20), (row.Kind, row.ProofName, row.DeductedMinutes));
        Assert.Equal(0, beforeCertifying.LedgerMinutes);
        Assert.Equal(100, certified);
        Assert.Equal(100, again);
        Assert.Equal(ClaimErrors.Decided, rejectAfterwards.Code);
        var totals = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync();
        Assert.Equal((100L, true), (totals.LedgerMinutes, totals.Agree));
        Assert.Empty((await Store.PendingForOrganizationAsync(organization.ToString(), 1, 20, TestContext.Current.CancellationToken)).Items);
    }

    [Fact]
    public async Task A_claim_is_refused_off_the_roster_outside_the_session_without_proof_or_for_someone_else_A13()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var stranger = await _scenario.VolunteerAsync();
        var (activity, session) = await _scenario.AttendedActivityAsync(organization, volunteer);
        var good = new HoursClaim(session.Id, session.StartUtc, session.EndUtc, 0, Proof);

        var offRoster = await Refused(() => fixture.Attendance(activity).ClaimHoursAsync(stranger, good, Scenario.Self(stranger)));
        var outside = await Refused(() => fixture.Attendance(activity).ClaimHoursAsync(volunteer, good with { EndUtc = session.EndUtc.AddMinutes(30) }, Scenario.Self(volunteer)));
        var noProof = await Refused(() => fixture.Attendance(activity).ClaimHoursAsync(volunteer, good with { Proof = new ServiceProof(" ", null, null) }, Scenario.Self(volunteer)));
        var forSomeoneElse = await Refused(() => fixture.Attendance(activity).ClaimHoursAsync(volunteer, good, Scenario.Self(stranger)));
        var unknownSession = await Refused(() => fixture.Attendance(activity).ClaimHoursAsync(volunteer, good with { SessionId = Guid.NewGuid() }, Scenario.Self(volunteer)));
        await fixture.Attendance(activity).ClaimHoursAsync(volunteer, good, Scenario.Self(volunteer));
        var twice = await Refused(() => fixture.Attendance(activity).ClaimHoursAsync(volunteer, good, Scenario.Self(volunteer)));

        Assert.Equal(
            [ActivityErrors.NotOnRoster, LedgerErrors.OutsideSession, LedgerErrors.ProofRequired, ClaimErrors.NotAllowed, ActivityErrors.SessionUnknown, ClaimErrors.Pending],
            [offRoster, outside, noProof, forSomeoneElse, unknownSession, twice]);
    }

    [Fact]
    public async Task A_session_certified_on_the_sheet_cannot_be_claimed_again_A13()
    {
        var (organization, volunteer, activity, session) = await AttendedAsync();
        await fixture.Attendance(activity).CertifyAttendanceAsync([new AttendanceEntry(volunteer, session.Id, session.StartUtc, session.EndUtc, 0, Proof)], Scenario.Recorder(organization));

        var error = await Refused(() => fixture.Attendance(activity).ClaimHoursAsync(volunteer, new HoursClaim(session.Id, session.StartUtc, session.EndUtc, 0, Proof), Scenario.Self(volunteer)));

        Assert.Equal(LedgerErrors.AlreadyCertified, error);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_counts_nothing_and_the_volunteer_may_claim_again_A13()
    {
        var (organization, volunteer, activity, session) = await AttendedAsync();
        var first = Scenario.Self(volunteer);
        await fixture.Attendance(activity).ClaimHoursAsync(volunteer, new HoursClaim(session.Id, session.StartUtc, session.EndUtc, 0, Proof), first);

        var noReason = await Refused(() => fixture.Attendance(activity).DecideClaimAsync(new ClaimDecision(first.OperationId, false, " "), Scenario.Recorder(organization)));
        var byStranger = await Refused(() => fixture.Attendance(activity).DecideClaimAsync(new ClaimDecision(first.OperationId, true, null), Scenario.Recorder(Guid.NewGuid())));
        var rejected = await fixture.Attendance(activity).DecideClaimAsync(new ClaimDecision(first.OperationId, false, "签到表上没有您的签名"), Scenario.Recorder(organization));
        await fixture.Attendance(activity).ClaimHoursAsync(volunteer, new HoursClaim(session.Id, session.StartUtc.AddMinutes(30), session.EndUtc, 0, Proof), Scenario.Self(volunteer));

        Assert.Equal((ClaimErrors.ReasonRequired, ActivityErrors.NotAllowed), (noReason, byStranger));
        Assert.Null(rejected);
        Assert.Equal(0, (await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).LedgerMinutes);
        var claims = await Store.ForVolunteerAsync(volunteer.ToString(), 10, TestContext.Current.CancellationToken);
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Certified == false && c.DecisionNote == "签到表上没有您的签名");
        Assert.Contains(claims, c => c.IsPending);
    }

    [Fact]
    public async Task Records_cannot_close_while_a_claim_waits_A21()
    {
        var (organization, volunteer, activity, session) = await AttendedAsync();
        var claim = Scenario.Self(volunteer);
        await fixture.Attendance(activity).ClaimHoursAsync(volunteer, new HoursClaim(session.Id, session.StartUtc, session.EndUtc, 0, Proof), claim);
        await activity.EndAsync(null, Scenario.Recorder(organization));

        var waiting = await Refused(() => activity.CloseRecordsAsync(null, Scenario.Admin(organization)));
        await fixture.Attendance(activity).DecideClaimAsync(new ClaimDecision(claim.OperationId, true, null), Scenario.Recorder(organization));
        var closed = await activity.CloseRecordsAsync(null, Scenario.Admin(organization));

        Assert.Equal(ActivityErrors.ClaimsPending, waiting);
        Assert.Equal(ActivityStatus.RecordsClosed, closed.Status);
    }

    [Fact]
    public async Task A_volunteer_asks_for_a_correction_and_only_the_organizations_approval_writes_it_A21()
    {
        var (organization, volunteer, activity, session) = await AttendedAsync();
        var entry = await CertifiedAsync(organization, volunteer, activity, session);
        var request = Scenario.Self(volunteer);
        var correction = new ServiceCorrection(session.StartUtc, session.EndUtc, 0, "午休并未离开，全程在岗");

        var noReason = await Refused(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).RequestServiceCorrectionAsync(Guid.Parse(entry.RootId), correction with { Reason = "" }, request));
        var byOther = await Refused(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).RequestServiceCorrectionAsync(Guid.Parse(entry.RootId), correction, Scenario.Recorder(organization)));
        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).RequestServiceCorrectionAsync(Guid.Parse(entry.RootId), correction, request);
        var twice = await Refused(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).RequestServiceCorrectionAsync(Guid.Parse(entry.RootId), correction, Scenario.Self(volunteer)));
        var beforeApproval = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync();
        var approved = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).DecideServiceCorrectionAsync(new ClaimDecision(request.OperationId, true, null), Scenario.Admin(organization));
        var approvedAgain = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).DecideServiceCorrectionAsync(new ClaimDecision(request.OperationId, true, null), Scenario.Admin(organization));

        Assert.Equal((LedgerErrors.ReasonRequired, ClaimErrors.NotAllowed, ClaimErrors.Pending), (noReason, byOther, twice));
        Assert.Equal(60, beforeApproval.LedgerMinutes);
        Assert.Equal((120, 120L), (approved!.Minutes, approved.TotalMinutes));
        Assert.Equal(approved.RecordId, approvedAgain!.RecordId);
        var rows = (await RowsAsync(volunteer)).Items;
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.CorrectsId == entry.Id && r.Reason == "午休并未离开，全程在岗" && r.DeltaMinutes == 60);
        Assert.True((await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).Agree);
    }

    [Fact]
    public async Task A_rejected_correction_request_leaves_the_entry_as_it_was_A21()
    {
        var (organization, volunteer, activity, session) = await AttendedAsync();
        var entry = await CertifiedAsync(organization, volunteer, activity, session);
        var request = Scenario.Self(volunteer);
        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).RequestServiceCorrectionAsync(Guid.Parse(entry.RootId), new ServiceCorrection(session.StartUtc, session.EndUtc, 0, "全程在岗"), request);

        var byOtherOrganization = await Refused(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).DecideServiceCorrectionAsync(new ClaimDecision(request.OperationId, true, null), Scenario.Admin(Guid.NewGuid())));
        var rejected = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).DecideServiceCorrectionAsync(new ClaimDecision(request.OperationId, false, "午休一小时有签退记录"), Scenario.Admin(organization));
        var approveAfterwards = await Refused(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).DecideServiceCorrectionAsync(new ClaimDecision(request.OperationId, true, null), Scenario.Admin(organization)));

        Assert.Equal((LedgerErrors.NotAllowed, ClaimErrors.Decided), (byOtherOrganization, approveAfterwards));
        Assert.Null(rejected);
        Assert.Equal(60, (await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).LedgerMinutes);
        Assert.Single((await RowsAsync(volunteer)).Items);
    }

    private async Task<(Guid Organization, Guid Volunteer, IActivityGrain Activity, ActivitySession Session)> AttendedAsync()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var (activity, session) = await _scenario.AttendedActivityAsync(organization, volunteer);
        return (organization, volunteer, activity, session);
    }

    /// <summary>The sheet certifies the session less an hour's break; the volunteer will dispute the break.</summary>
    private async Task<ServiceRecord> CertifiedAsync(Guid organization, Guid volunteer, IActivityGrain activity, ActivitySession session)
    {
        await fixture.Attendance(activity).CertifyAttendanceAsync([new AttendanceEntry(volunteer, session.Id, session.StartUtc, session.EndUtc, 60, Proof)], Scenario.Recorder(organization));
        return Assert.Single((await RowsAsync(volunteer)).Items);
    }

    private Task<Page<ServiceRecord>> RowsAsync(Guid volunteer) =>
        new SqlServiceLedger(fixture.Connections).ListForVolunteerAsync(volunteer.ToString(), 1, 10, TestContext.Current.CancellationToken);

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;

    private SqlServiceClaimStore Store => new(fixture.Connections);

    private IVolunteerGrain Volunteer(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);
}
