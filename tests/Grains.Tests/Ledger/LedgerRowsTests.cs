using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Grains.Tests.Ledger;

/// <summary>Corrections and certificate requests on their own, without a cluster.</summary>
public sealed class LedgerRowsTests
{
    private static readonly DateTime Start = new(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);

    private static readonly ServiceRecord Current = new()
    {
        Id = "r1",
        RootId = "r1",
        VolunteerId = "v",
        OrganizationId = "o",
        SessionStartUtc = Start,
        SessionEndUtc = Start.AddHours(3),
        StartUtc = Start,
        EndUtc = Start.AddHours(3),
        Minutes = 180,
        Content = "社区服务",
        Place = "海州区",
        ProofName = "王主任",
    };

    [Fact]
    public void A_correction_is_a_new_row_pointing_at_the_one_it_replaces_with_the_difference_in_minutes_Art13()
    {
        var correction = new ServiceCorrection(Start, Start.AddHours(2), 10, " 提前离开 ");
        var recorder = new Actor("recorder", "记录员", Role.Recorder, null, Guid.NewGuid(), null);

        var (reason, minutes) = LedgerRows.Correction(Current, correction, Start.AddDays(1), "v");
        var row = LedgerRows.Corrected(Current, correction, reason, minutes, "op", recorder, Start.AddDays(1));

        Assert.Equal(("提前离开", 110), (reason, minutes));
        Assert.Equal(("r1", "r1", 110, -70, "王主任"), (row.RootId, row.CorrectsId, row.Minutes, row.DeltaMinutes, row.ProofName));
        Assert.NotEqual("r1", row.Id);
    }

    [Fact]
    public void Deducting_the_whole_time_withdraws_the_hours_and_a_correction_without_a_reason_is_refused_Art13()
    {
        Assert.Equal(0, LedgerRows.Correction(Current, new ServiceCorrection(Start, Start.AddHours(3), 180, "重复登记"), Start.AddDays(1), "v").Minutes);
        Assert.Equal(LedgerErrors.ReasonRequired, Assert.Throws<DomainException>(() =>
            LedgerRows.Correction(Current, new ServiceCorrection(Start, Start.AddHours(3), 0, " "), Start.AddDays(1), "v")).Code);
    }

    [Fact]
    public void A_certificate_covers_a_period_that_has_ended_and_a_revocation_says_why_A25()
    {
        var today = new DateOnly(2026, 11, 29);

        CertificateRules.CheckRequest(new CertificateRequest(CertificatePurpose.Employment, new DateOnly(2026, 1, 1), today, null), today, "v");
        Assert.Equal(CertificateErrors.PeriodInvalid, Assert.Throws<DomainException>(() =>
            CertificateRules.CheckRequest(new CertificateRequest(CertificatePurpose.Employment, null, today.AddDays(1), null), today, "v")).Code);
        Assert.Equal(CertificateErrors.PurposeInvalid, Assert.Throws<DomainException>(() =>
            CertificateRules.CheckRequest(new CertificateRequest((CertificatePurpose)42, null, null, null), today, "v")).Code);
        Assert.Equal(CertificateErrors.ReasonRequired, Assert.Throws<DomainException>(() => CertificateRules.RevocationReason(" ", "v")).Code);
        Assert.Equal("FX20261129000042", CertificateRules.Number(today, 42));
    }
}
