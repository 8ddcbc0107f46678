using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Corrections;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Stars;
using VolunteerRecords.Storage.Teams;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Storage.Volunteers;

/// <summary>A volunteer's lists as one read found them; a list not asked for is empty.</summary>
public sealed record VolunteerLists
{
    public IReadOnlyList<MembershipRow> Memberships { get; init; } = [];

    /// <summary>Newest first.</summary>
    public IReadOnlyList<MembershipEvent> MembershipHistory { get; init; } = [];

    public IReadOnlyList<CorrectionRequest> CorrectionRequests { get; init; } = [];

    public IReadOnlyList<SanctionRecord> Sanctions { get; init; } = [];

    public IReadOnlyList<ParticipantRow> SignUps { get; init; } = [];

    public IReadOnlyList<EvaluationRow> Evaluations { get; init; } = [];

    public IReadOnlyList<CommendationRow> Commendations { get; init; } = [];

    public IReadOnlyList<ComplaintRow> Complaints { get; init; } = [];

    /// <summary>Her latest claims, at most the limit asked for.</summary>
    public IReadOnlyList<ServiceClaimRow> Claims { get; init; } = [];

    public IReadOnlyList<TrainingRecord> Trainings { get; init; } = [];

    public IReadOnlyList<StarEvent> StarHistory { get; init; } = [];

    public IReadOnlyList<CertificateRow> Certificates { get; init; } = [];

    public IReadOnlyList<TeamMemberRow> Teams { get; init; } = [];

    public IReadOnlyList<RecordAlertRow> RecordsDue { get; init; } = [];

    public EligibleMember? StarEligibility { get; init; }
}
