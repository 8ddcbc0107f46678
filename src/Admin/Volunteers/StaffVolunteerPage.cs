using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Sanctions;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>
/// A volunteer as one officer may see her, read by <see cref="StaffVolunteerPageQuery"/>: every list already cut to
/// what <see cref="Visibility"/> opens to this viewer (A23, A24).
/// </summary>
public sealed record StaffVolunteerPage(
    VolunteerProfile Profile,
    RecordVisibility Visibility,
    int Age,
    string? ResidenceName,
    IReadOnlyList<SanctionRecord> Sanctions,
    IReadOnlyList<MembershipEvent> History,
    IReadOnlyList<EvaluationRow> Evaluations,
    IReadOnlyList<CommendationRow> Commendations,
    IReadOnlyList<ComplaintRow> Complaints,
    IReadOnlyList<ServiceRecord> Records,
    IReadOnlyList<CertificateRow> Certificates,
    IReadOnlyDictionary<string, string> OrganizationNames);
