using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Activities.Attendance;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Grains.Tests.Activities;

/// <summary>The attendance rules on their own, without a cluster.</summary>
public sealed class AttendanceRulesTests
{
    private static readonly DateTime Start = new(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc);
    private static readonly ActivitySession Session = new(Guid.NewGuid(), Start, Start.AddHours(2));
    private static readonly ActivityTerms Terms = new(
        Guid.NewGuid(), Guid.NewGuid(), "敬老院探访", ServiceCategory.CommunityService, "细河区敬老院", ActivityStatus.Ended, [Session],
        new RecruitmentSettings(false, false, false, 5, null));

    private static readonly VolunteerStanding Registered = new(true, VolunteerStatus.Registered, new DateOnly(1990, 3, 7), false, "210902");
    private static readonly Actor Recorder = new("recorder", "记录员", Role.Recorder, null, Terms.OrganizationId, null);

    [Fact]
    public void An_entry_becomes_a_row_with_the_activitys_title_place_and_category_and_the_minutes_attended_A21()
    {
        var entry = new AttendanceEntry(Guid.NewGuid(), Session.Id, Start, Start.AddHours(2), 30, new ServiceProof("院长", null, null));

        var row = AttendanceRules.Record(Terms, entry, Registered, Guid.NewGuid(), Recorder, Start.AddDays(1));

        Assert.Equal((90, "敬老院探访", "细河区敬老院", ServiceCategory.CommunityService), (row.Minutes, row.Content, row.Place, row.Category));
        Assert.Equal((Terms.OrganizationId.ToString(), Session.Id.ToString()), (row.OrganizationId, row.SessionId));
    }

    [Fact]
    public void Nobody_off_the_roster_no_unknown_session_and_no_revoked_volunteer_is_certified_A13_A18()
    {
        var entry = new AttendanceEntry(Guid.NewGuid(), Session.Id, Start, Start.AddHours(2), 0, new ServiceProof("院长", null, null));

        Assert.Equal(ActivityErrors.NotOnRoster, Refused(() => AttendanceRules.Record(Terms, entry, null, Guid.NewGuid(), Recorder, Start.AddDays(1))));
        Assert.Equal(ActivityErrors.SessionUnknown, Refused(() => AttendanceRules.Record(Terms, entry with { SessionId = Guid.NewGuid() }, Registered, Guid.NewGuid(), Recorder, Start.AddDays(1))));
        Assert.Equal(VolunteerErrors.Revoked, Refused(() => AttendanceRules.Record(Terms, entry, Registered with { Status = VolunteerStatus.Revoked }, Guid.NewGuid(), Recorder, Start.AddDays(1))));
    }

    [Fact]
    public void A_resubmitted_sheet_names_the_same_operation_for_each_volunteer_and_session_A21()
    {
        var sheet = Guid.NewGuid();
        var entry = new AttendanceEntry(Guid.NewGuid(), Session.Id, Start, Start.AddHours(2), 0, new ServiceProof("院长", null, null));

        Assert.Equal(AttendanceRules.EntryOperation(sheet, entry), AttendanceRules.EntryOperation(sheet, entry with { DeductedMinutes = 10 }));
        Assert.NotEqual(AttendanceRules.EntryOperation(sheet, entry), AttendanceRules.EntryOperation(sheet, entry with { VolunteerId = Guid.NewGuid() }));
        Assert.NotEqual(AttendanceRules.EntryOperation(sheet, entry), AttendanceRules.EntryOperation(Guid.NewGuid(), entry));
    }

    [Fact]
    public void A_sheet_photo_is_what_its_bytes_say_a_JPEG_or_a_PNG_of_at_most_5_MB_A21()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2];
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0];
        var huge = new byte[ActivityRules.MaxPhotoBytes + 1];
        jpeg.CopyTo(huge, 0);

        Assert.Equal(("image/jpeg", "image/png"), (AttendanceRules.SheetPhotoType(jpeg), AttendanceRules.SheetPhotoType(png)));
        Assert.Null(AttendanceRules.SheetPhotoType("GIF89a"u8));
        Assert.Null(AttendanceRules.SheetPhotoType(huge));
    }

    [Fact]
    public void A_claim_stays_within_its_session_and_names_who_can_prove_it_A13()
    {
        var claim = new HoursClaim(Session.Id, Start, Start.AddHours(2), 0, new ServiceProof("  院长  ", " ", null));

        var (session, proof) = AttendanceRules.Claim(Terms, claim, Start.AddDays(1));

        Assert.Equal((Session.Id, "院长", (string?)null), (session.Id, proof.Name, proof.Contact));
        Assert.Equal(LedgerErrors.ProofRequired, Refused(() => AttendanceRules.Claim(Terms, claim with { Proof = new ServiceProof(" ", null, null) }, Start.AddDays(1))));
        Assert.Equal(ActivityErrors.SessionUnknown, Refused(() => AttendanceRules.Claim(Terms, claim with { SessionId = Guid.NewGuid() }, Start.AddDays(1))));
    }

    [Fact]
    public void A_rejected_claim_says_why_and_an_evaluation_scores_1_to_5_A22()
    {
        Assert.Equal(ClaimErrors.ReasonRequired, Refused(() => ClaimRules.DecisionNote(false, "  ", "a")));
        Assert.Null(ClaimRules.DecisionNote(true, " ", "a"));
        Assert.Equal(RecordErrors.ScoreInvalid, Refused(() => AttendanceRules.Evaluation(0, 5, null, "a")));
        Assert.Equal(RecordErrors.ScoreInvalid, Refused(() => AttendanceRules.Evaluation(5, 6, null, "a")));
        Assert.Equal("认真", AttendanceRules.Evaluation(5, 4, " 认真 ", "a"));
    }

    private static string Refused(Func<object?> rule) => Assert.Throws<DomainException>(rule).Code;
}
