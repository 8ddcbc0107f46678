using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Participants;

namespace VolunteerRecords.Grains.Tests.Activities;

/// <summary>Activities from plan to closed records. The clock moves forward here: sessions must be ahead to publish and behind to certify.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ActivityLifecycleTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task Publishing_needs_sessions_a_quota_and_the_risks_stated_A9()
    {
        var (organization, activity) = await DraftAsync(ServiceCategory.CommunityService);

        var noPlan = await Assert.ThrowsAsync<DomainException>(() => activity.PublishAsync(Scenario.Recorder(organization)));
        var badQuota = await Assert.ThrowsAsync<DomainException>(() => activity.UpdatePlanAsync(Plan(quota: 0), Scenario.Recorder(organization)));
        var overlapping = await Assert.ThrowsAsync<DomainException>(() => activity.UpdatePlanAsync(
            Plan() with { Sessions = [Session(1, 3), Session(2, 4)] }, Scenario.Recorder(organization)));
        await activity.UpdatePlanAsync(Plan(risks: ""), Scenario.Recorder(organization));
        var noRisks = await Assert.ThrowsAsync<DomainException>(() => activity.PublishAsync(Scenario.Recorder(organization)));
        await activity.UpdatePlanAsync(Plan(), Scenario.Recorder(organization));
        var published = await activity.PublishAsync(Scenario.Recorder(organization));

        Assert.Equal(ActivityErrors.SessionsInvalid, noPlan.Code);
        Assert.Equal(ActivityErrors.QuotaInvalid, badQuota.Code);
        Assert.Equal(ActivityErrors.SessionsInvalid, overlapping.Code);
        Assert.Equal(ActivityErrors.RisksRequired, noRisks.Code);
        Assert.Equal(ActivityStatus.Published, published.Status);
    }

    [Fact]
    public async Task Emergency_service_is_published_only_with_insurance_covering_every_session_A18()
    {
        var (organization, activity) = await DraftAsync(ServiceCategory.EmergencyRescue);
        await activity.UpdatePlanAsync(Plan() with { Sessions = [Session(1, 3), Session(49, 51)] }, Scenario.Recorder(organization));
        var today = ChinaTime.Today(TestClock.Instance);

        var uninsured = await Assert.ThrowsAsync<DomainException>(() => activity.PublishAsync(Scenario.Recorder(organization)));
        await activity.RecordInsuranceAsync(new InsurancePolicy("中国人寿", "PA2026-001", today, today.AddDays(1)), Scenario.Recorder(organization));
        var shortCover = await Assert.ThrowsAsync<DomainException>(() => activity.PublishAsync(Scenario.Recorder(organization)));
        await activity.RecordInsuranceAsync(new InsurancePolicy("中国人寿", "PA2026-001", today, today.AddDays(7)), Scenario.Recorder(organization));
        var published = await activity.PublishAsync(Scenario.Recorder(organization));

        Assert.Equal(ActivityErrors.InsuranceRequired, uninsured.Code);
        Assert.Equal(ActivityErrors.InsuranceRequired, shortCover.Code);
        Assert.Equal("PA2026-001", published.Insurance!.PolicyNumber);
    }

    [Fact]
    public async Task A_major_community_event_also_needs_insurance_A18()
    {
        var (organization, activity) = await DraftAsync(ServiceCategory.EventsAndGatherings);
        await activity.UpdatePlanAsync(Plan() with { MajorEvent = true }, Scenario.Recorder(organization));

        var error = await Assert.ThrowsAsync<DomainException>(() => activity.PublishAsync(Scenario.Recorder(organization)));

        Assert.Equal(ActivityErrors.InsuranceRequired, error.Code);
    }

    [Fact]
    public async Task The_places_taken_are_counted_from_the_roster_rows_so_a_row_no_count_saw_still_fills_the_quota_A8()
    {
        var (_, activity) = await PublishedAsync(quota: 2);
        var key = activity.GetPrimaryKey().ToString();
        // A confirmed row the grain's state never counted: what a crash between the row and a kept count would leave.
        await new SqlParticipantStore(fixture.Connections).UpsertAsync(
            new ParticipantRow { ActivityId = key, VolunteerId = Guid.NewGuid().ToString(), Status = ParticipantStatus.Confirmed, Position = 0, SignedUpUtc = DateTime.UtcNow },
            TestContext.Current.CancellationToken);
        var first = await _scenario.VolunteerAsync();
        var second = await _scenario.VolunteerAsync();

        var confirmed = await fixture.Roster(activity).SignUpAsync(first, true, Scenario.Self(first));
        var waiting = await fixture.Roster(activity).SignUpAsync(second, true, Scenario.Self(second));

        Assert.Equal(ParticipantStatus.Confirmed, confirmed.Status);
        Assert.Equal(ParticipantStatus.Waitlisted, waiting.Status);
        Assert.Equal(2, (await activity.GetDetailsAsync())!.Confirmed);
    }

    [Fact]
    public async Task Sign_ups_fill_the_quota_then_wait_and_a_withdrawal_moves_the_list_up_A8()
    {
        var (organization, activity) = await PublishedAsync(quota: 1);
        var first = await _scenario.VolunteerAsync();
        var second = await _scenario.VolunteerAsync();

        var confirmed = await fixture.Roster(activity).SignUpAsync(first, true, Scenario.Self(first));
        var waiting = await fixture.Roster(activity).SignUpAsync(second, true, Scenario.Self(second));
        var noNotice = await Assert.ThrowsAsync<DomainException>(() => fixture.Roster(activity).WithdrawAsync(first, " ", Scenario.Self(first)));
        var withdrawal = Scenario.Self(first);
        await fixture.Roster(activity).WithdrawAsync(first, "家中有事，无法参加", withdrawal);
        await fixture.Roster(activity).WithdrawAsync(first, "家中有事，无法参加", withdrawal);
        var again = await Assert.ThrowsAsync<DomainException>(() => fixture.Roster(activity).WithdrawAsync(first, "家中有事，无法参加", Scenario.Self(first)));

        var roster = await new SqlParticipantStore(fixture.Connections).RosterAsync(activity.GetPrimaryKey().ToString(), TestContext.Current.CancellationToken);
        Assert.Equal(ParticipantStatus.Confirmed, confirmed.Status);
        Assert.Equal(ParticipantStatus.Waitlisted, waiting.Status);
        Assert.Equal(ActivityErrors.NoticeRequired, noNotice.Code);
        Assert.Equal(ActivityErrors.NotSignedUp, again.Code);
        Assert.Equal(ParticipantStatus.Confirmed, roster.Single(p => p.VolunteerId == second.ToString()).Status);
        var withdrawn = roster.Single(p => p.VolunteerId == first.ToString());
        Assert.Equal(("家中有事，无法参加", TestClock.Instance.GetUtcNow().UtcDateTime), (withdrawn.Notice, withdrawn.WithdrawnUtc!.Value));
        Assert.Equal(1, (await activity.GetDetailsAsync())!.Confirmed);
    }

    [Fact]
    public async Task Signing_up_means_accepting_the_risks_and_the_agreement_A16()
    {
        var (_, activity) = await PublishedAsync();
        var volunteer = await _scenario.VolunteerAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() => fixture.Roster(activity).SignUpAsync(volunteer, false, Scenario.Self(volunteer)));
        var accepted = await fixture.Roster(activity).SignUpAsync(volunteer, true, Scenario.Self(volunteer));

        Assert.Equal(ActivityErrors.MustAccept, refused.Code);
        Assert.Equal(TestClock.Instance.GetUtcNow().UtcDateTime, accepted.AcceptedUtc);
    }

    [Fact]
    public async Task Members_only_recruitment_and_revoked_volunteers_are_refused_A8()
    {
        var (organization, activity) = await PublishedAsync(membersOnly: true);
        var stranger = await _scenario.VolunteerAsync();
        var revoked = await _scenario.MemberAsync(organization);
        await fixture.Grains.GetGrain<IVolunteerGrain>(revoked).SanctionAsync(SanctionKind.Revocation, "违规", organization, Scenario.Admin(organization));
        var member = await _scenario.MemberAsync(organization);

        var notMember = await Assert.ThrowsAsync<DomainException>(() => fixture.Roster(activity).SignUpAsync(stranger, true, Scenario.Self(stranger)));
        var revokedError = await Assert.ThrowsAsync<DomainException>(() => fixture.Roster(activity).SignUpAsync(revoked, true, Scenario.Self(revoked)));
        var ok = await fixture.Roster(activity).SignUpAsync(member, true, Scenario.Self(member));

        Assert.Equal(ActivityErrors.MembersOnly, notMember.Code);
        Assert.Equal(VolunteerErrors.Revoked, revokedError.Code);
        Assert.Equal(ParticipantStatus.Confirmed, ok.Status);
    }

    [Fact]
    public async Task A_volunteer_cannot_promise_the_same_time_to_two_activities_A8()
    {
        var (_, morning) = await PublishedAsync();
        var (_, clash) = await PublishedAsync();
        var volunteer = await _scenario.VolunteerAsync();
        await fixture.Roster(morning).SignUpAsync(volunteer, true, Scenario.Self(volunteer));

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Roster(clash).SignUpAsync(volunteer, true, Scenario.Self(volunteer)));
        await fixture.Roster(morning).WithdrawAsync(volunteer, "改去另一个活动", Scenario.Self(volunteer));
        var afterWithdrawal = await fixture.Roster(clash).SignUpAsync(volunteer, true, Scenario.Self(volunteer));

        Assert.Equal(ActivityErrors.ScheduleConflict, error.Code);
        Assert.Equal(ParticipantStatus.Confirmed, afterWithdrawal.Status);
    }

    [Fact]
    public async Task The_attendance_sheet_certifies_rostered_volunteers_once_within_the_session_A13()
    {
        var (organization, activity) = await PublishedAsync();
        var present = await _scenario.VolunteerAsync();
        var absentFromRoster = await _scenario.VolunteerAsync();
        await fixture.Roster(activity).SignUpAsync(present, true, Scenario.Self(present));
        var session = (await activity.GetDetailsAsync())!.Sessions![0];
        await activity.StartAsync(Scenario.Recorder(organization));
        TestClock.Instance.Advance(TimeSpan.FromHours(4));
        var proof = new ServiceProof("社区王主任", "0418-3333333", "签到表");
        var sheet = Scenario.Recorder(organization);
        AttendanceEntry[] entries =
        [
            new(present, session.Id, session.StartUtc, session.EndUtc, 30, proof),
            new(absentFromRoster, session.Id, session.StartUtc, session.EndUtc, 0, proof),
        ];

        var results = await fixture.Attendance(activity).CertifyAttendanceAsync(entries, sheet);
        var again = await fixture.Attendance(activity).CertifyAttendanceAsync(entries, sheet);

        Assert.Equal(90, results[0].Minutes);
        Assert.Equal(ActivityErrors.NotOnRoster, results[1].ErrorCode);
        Assert.Equal(90, again[0].Minutes);
        var totals = await fixture.Grains.GetGrain<IRecordBookGrain>(present).VerifyTotalsAsync();
        Assert.Equal((90L, true), (totals.LedgerMinutes, totals.Agree));
    }

    [Fact]
    public async Task Records_are_due_ten_working_days_after_the_end_and_closing_stops_certification_A21()
    {
        var (organization, activity) = await PublishedAsync();
        await activity.StartAsync(Scenario.Recorder(organization));
        TestClock.Instance.Advance(TimeSpan.FromHours(4));

        var ended = await activity.EndAsync(null, Scenario.Recorder(organization));
        await activity.CloseRecordsAsync("报名者均未到场，未开展服务", Scenario.Admin(organization));
        var closed = await Assert.ThrowsAsync<DomainException>(() => fixture.Attendance(activity).CertifyAttendanceAsync([], Scenario.Recorder(organization)));

        // No declared holiday falls in late November or December 2026: ten weekdays after the end.
        var expected = ChinaTime.Today(TestClock.Instance);
        for (var counted = 0; counted < 10;)
        {
            expected = expected.AddDays(1);
            counted += expected.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        Assert.Equal(expected, ended.RecordsDue);
        Assert.Equal(ActivityErrors.NotCertifiable, closed.Code);
    }

    [Fact]
    public async Task An_ended_activity_is_overdue_after_its_records_deadline_until_the_records_are_closed_A21()
    {
        var (organization, activity) = await PublishedAsync();
        var overdue = new SqlActivityReadModel(fixture.Connections);
        var cancellation = TestContext.Current.CancellationToken;
        await activity.StartAsync(Scenario.Recorder(organization));
        TestClock.Instance.Advance(TimeSpan.FromHours(4));
        var ended = await activity.EndAsync(null, Scenario.Recorder(organization));
        var due = ended.RecordsDue!.Value;

        var onTheDay = await overdue.ListOverdueAsync(organization.ToString(), due, 50, cancellation);
        var dayAfter = await overdue.ListOverdueAsync(organization.ToString(), due.AddDays(1), 50, cancellation);
        await activity.CloseRecordsAsync("报名者均未到场，未开展服务", Scenario.Admin(organization));
        var afterClosing = await overdue.ListOverdueAsync(organization.ToString(), due.AddDays(1), 50, cancellation);

        Assert.Empty(onTheDay);
        Assert.Equal(due, Assert.Single(dayAfter).RecordsDue);
        Assert.Empty(afterClosing);
        Assert.False(ActivityRules.IsOverdue(ActivityStatus.Ended, due, due));
        Assert.True(ActivityRules.IsOverdue(ActivityStatus.Ended, due, due.AddDays(1)));
        Assert.False(ActivityRules.IsOverdue(ActivityStatus.RecordsClosed, due, due.AddDays(1)));
    }

    [Fact]
    public async Task An_activity_is_cancelled_with_a_reason_but_not_after_it_ended()
    {
        var (organization, activity) = await PublishedAsync();
        var (otherOrganization, ended) = await PublishedAsync();
        await ended.StartAsync(Scenario.Recorder(otherOrganization));
        await ended.EndAsync("场地临时关闭，提前结束", Scenario.Recorder(otherOrganization));

        var noReason = await Assert.ThrowsAsync<DomainException>(() => activity.CancelAsync("", Scenario.Recorder(organization)));
        var cancelled = await activity.CancelAsync("暴雪预警，活动取消", Scenario.Recorder(organization));
        var tooLate = await Assert.ThrowsAsync<DomainException>(() => ended.CancelAsync("取消", Scenario.Recorder(otherOrganization)));

        Assert.Equal(ActivityErrors.ReasonRequired, noReason.Code);
        Assert.Equal(ActivityStatus.Cancelled, cancelled.Status);
        Assert.Equal(ActivityErrors.WrongStatus, tooLate.Code);
    }

    [Fact]
    public async Task Ending_before_a_session_was_held_needs_a_reason_and_cancels_that_session_A21()
    {
        var (organization, activity) = await PublishedAsync();
        var (_, sameTime) = await PublishedAsync();
        var volunteer = await _scenario.VolunteerAsync();
        await fixture.Roster(activity).SignUpAsync(volunteer, true, Scenario.Self(volunteer));
        await activity.StartAsync(Scenario.Recorder(organization));

        var noReason = await Assert.ThrowsAsync<DomainException>(() => activity.EndAsync(" ", Scenario.Recorder(organization)));
        var stillRunning = await activity.GetDetailsAsync();
        var promised = await Assert.ThrowsAsync<DomainException>(() => fixture.Roster(sameTime).SignUpAsync(volunteer, true, Scenario.Self(volunteer)));
        var ended = await activity.EndAsync("暴雪预警，提前结束", Scenario.Recorder(organization));
        // The cancelled session no longer holds her time: she can take another at that hour.
        var freed = await fixture.Roster(sameTime).SignUpAsync(volunteer, true, Scenario.Self(volunteer));

        Assert.Equal(ActivityErrors.EndEarlyReasonRequired, noReason.Code);
        Assert.Equal((ActivityStatus.InProgress, 1), (stillRunning!.Status, stillRunning.Sessions!.Count));
        Assert.Equal(ActivityStatus.Ended, ended.Status);
        Assert.Empty(ended.Sessions!);
        Assert.Single(ended.CancelledSessions!);
        Assert.Equal("暴雪预警，提前结束", ended.EndReason);
        Assert.Equal(ActivityErrors.ScheduleConflict, promised.Code);
        Assert.Equal(ParticipantStatus.Confirmed, freed.Status);
    }

    [Fact]
    public async Task Records_are_due_ten_working_days_after_the_last_session_however_late_it_is_ended_A21()
    {
        var (organization, activity) = await PublishedAsync();
        var lastSessionEnd = (await activity.GetDetailsAsync())!.Sessions!.Max(s => s.EndUtc);
        await activity.StartAsync(Scenario.Recorder(organization));
        TestClock.Instance.Advance(TimeSpan.FromHours(4));
        var calendar = (await fixture.Grains.GetGrain<VolunteerRecords.Grains.Calendar.ICalendarGrain>(0).GetAsync()).ToWorkingDays();

        // Ended three days later, without a reason: every session had been held. Three days always hold a working
        // day, so counting from the click would give a later deadline.
        TestClock.Instance.Advance(TimeSpan.FromDays(3));
        var ended = await activity.EndAsync(null, Scenario.Recorder(organization));

        Assert.Equal(calendar.AddWorkingDays(ChinaTime.DateOf(lastSessionEnd), ActivityRules.RecordsDueWorkingDays), ended.RecordsDue);
        Assert.NotEqual(calendar.AddWorkingDays(ChinaTime.Today(TestClock.Instance), ActivityRules.RecordsDueWorkingDays), ended.RecordsDue);
        Assert.Null(ended.EndReason);
    }

    [Fact]
    public async Task Closing_records_with_nobody_certified_needs_the_reason_no_service_took_place_A21()
    {
        var (organization, activity) = await PublishedAsync();
        await activity.StartAsync(Scenario.Recorder(organization));
        TestClock.Instance.Advance(TimeSpan.FromHours(4));
        await activity.EndAsync(null, Scenario.Recorder(organization));

        var silent = await Assert.ThrowsAsync<DomainException>(() => activity.CloseRecordsAsync(" ", Scenario.Admin(organization)));
        var stillOpen = await activity.GetDetailsAsync();
        var closed = await activity.CloseRecordsAsync("暴雨红色预警，志愿者均未出行", Scenario.Admin(organization));

        Assert.Equal(ActivityErrors.NoServiceReasonRequired, silent.Code);
        Assert.Equal(ActivityStatus.Ended, stillOpen!.Status);
        Assert.Equal((ActivityStatus.RecordsClosed, "暴雨红色预警，志愿者均未出行"), (closed.Status, closed.NoServiceReason));
    }

    [Fact]
    public async Task An_activity_ends_by_itself_once_its_last_session_is_over_A21()
    {
        var (organization, activity) = await PublishedAsync();
        var system = Actors.Context(Actors.CityAdmin);

        var tooSoon = await activity.EndAfterLastSessionAsync(system);
        TestClock.Instance.Advance(TimeSpan.FromHours(4));
        var ended = await activity.EndAfterLastSessionAsync(system);
        var again = await activity.EndAfterLastSessionAsync(Actors.Context(Actors.CityAdmin));

        Assert.Null(tooSoon);
        Assert.Equal(ActivityStatus.Ended, ended!.Status);
        Assert.NotNull(ended.RecordsDue);
        Assert.Null(again);
    }

    [Fact]
    public async Task A_session_held_on_paper_is_recorded_within_its_deadline_and_a_walk_in_is_added_to_certify_A13()
    {
        var (organization, activity) = await DraftAsync(ServiceCategory.CommunityService);
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        var volunteer = await _scenario.VolunteerAsync();
        var stranger = await _scenario.OrganizationAsync();
        await activity.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), now.AddHours(-5), now.AddHours(-3))],
            new RecruitmentSettings(false, false, false, 1, null), "注意安全。", "服务无偿。", false), Scenario.Recorder(organization));

        var byOtherOrganization = await Assert.ThrowsAsync<DomainException>(() => activity.RecordHeldAsync(Scenario.Recorder(stranger)));
        var held = await activity.RecordHeldAsync(Scenario.Recorder(organization));
        var walkIn = Scenario.Recorder(organization);
        await fixture.Roster(activity).AddWalkInAsync(volunteer, walkIn);
        await fixture.Roster(activity).AddWalkInAsync(volunteer, walkIn);
        var twice = await Assert.ThrowsAsync<DomainException>(() => fixture.Roster(activity).AddWalkInAsync(volunteer, Scenario.Recorder(organization)));
        var session = held.Sessions![0];
        var certified = await fixture.Attendance(activity).CertifyAttendanceAsync(
            [new AttendanceEntry(volunteer, session.Id, session.StartUtc, session.EndUtc, 0, new ServiceProof("王主任", null, "纸质签到表"))],
            Scenario.Recorder(organization));

        Assert.Equal(ActivityErrors.NotAllowed, byOtherOrganization.Code);
        Assert.Equal(ActivityStatus.Ended, held.Status);
        Assert.Equal(ActivityErrors.AlreadySignedUp, twice.Code);
        Assert.Equal(120, certified[0].Minutes);
    }

    [Fact]
    public async Task A_draft_with_sessions_to_come_or_past_its_deadline_is_not_recorded_as_held_A21()
    {
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        var (organization, ahead) = await DraftAsync(ServiceCategory.CommunityService);
        await ahead.UpdatePlanAsync(Plan(), Scenario.Recorder(organization));
        var (_, old) = await DraftAsync(ServiceCategory.CommunityService);
        var oldOrganization = (await old.GetDetailsAsync())!.OrganizationId;
        await old.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), now.AddDays(-40), now.AddDays(-40).AddHours(2))],
            new RecruitmentSettings(false, false, false, 1, null), "注意安全。", "服务无偿。", false), Scenario.Recorder(oldOrganization));

        var toCome = await Assert.ThrowsAsync<DomainException>(() => ahead.RecordHeldAsync(Scenario.Recorder(organization)));
        var tooLate = await Assert.ThrowsAsync<DomainException>(() => old.RecordHeldAsync(Scenario.Recorder(oldOrganization)));

        Assert.Equal(ActivityErrors.HeldSessionsInvalid, toCome.Code);
        Assert.Equal(ActivityErrors.HeldTooLate, tooLate.Code);
        Assert.Equal(ActivityStatus.Draft, (await old.GetDetailsAsync())!.Status);
    }

    private async Task<(Guid Organization, IActivityGrain Activity)> DraftAsync(string category)
    {
        var organization = await _scenario.OrganizationAsync();
        var activity = fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        await activity.CreateDraftAsync(new CreateActivityDraft(organization, "社区环境整治", category, "清理楼道杂物", "海州区和平街道"), Scenario.Recorder(organization));
        return (organization, activity);
    }

    private async Task<(Guid Organization, IActivityGrain Activity)> PublishedAsync(int quota = 10, bool membersOnly = false)
    {
        var (organization, activity) = await DraftAsync(ServiceCategory.CommunityService);
        await activity.UpdatePlanAsync(Plan(quota, membersOnly: membersOnly), Scenario.Recorder(organization));
        await activity.PublishAsync(Scenario.Recorder(organization));
        return (organization, activity);
    }

    private static ActivityPlan Plan(int quota = 10, string risks = "冬季路面湿滑，注意防滑。", bool membersOnly = false) =>
        new([Session(1, 3)], new RecruitmentSettings(membersOnly, false, false, quota, null), risks, "志愿者应遵守活动安排，服务无偿。", false);

    private static ActivitySession Session(int fromHours, int toHours)
    {
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        return new ActivitySession(Guid.NewGuid(), now.AddHours(fromHours), now.AddHours(toHours));
    }
}
