using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Corrections;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Stars;
using VolunteerRecords.Storage.Teams;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>Everything the volunteer's own page shows, read by <see cref="OwnPageQuery"/>.</summary>
public sealed record OwnPage(
    VolunteerProfile Profile,
    RevealedIdentifiers Own,
    IReadOnlyList<RegionInfo> Regions,
    IReadOnlyList<MembershipRow> Memberships,
    IReadOnlyList<MembershipEvent> Invitations,
    bool IsMinor,
    IReadOnlyList<CorrectionRequest> Corrections,
    IReadOnlyList<SanctionRecord> Sanctions,
    IReadOnlyList<ParticipantRow> SignUps,
    Page<ServiceRecord> Records,
    IReadOnlyList<EvaluationRow> Evaluations,
    IReadOnlyList<CommendationRow> Commendations,
    IReadOnlyList<ComplaintRow> UpheldComplaints,
    IReadOnlyList<ServiceClaimRow> Claims,
    IReadOnlyList<TrainingRecord> Trainings,
    IReadOnlyList<StarEvent> StarHistory,
    IReadOnlyList<CertificateRow> Certificates,
    IReadOnlyList<TeamMemberRow> Teams,
    IReadOnlyList<RecordAlertRow> RecordsDue,
    EligibleMember? Eligibility,
    HoursBreakdown Hours)
{
    public string? ResidenceName => Regions.FirstOrDefault(r => r.Code == Profile.ResidenceRegionCode)?.Name;
}
