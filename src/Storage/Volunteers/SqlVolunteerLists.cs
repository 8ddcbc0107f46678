using System.Text;
using Dapper;
using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Corrections;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Stars;
using VolunteerRecords.Storage.Teams;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Storage.Volunteers;

public sealed class SqlVolunteerLists(ISqlConnectionFactory connections) : IVolunteerLists
{
    /// <summary>
    /// In the order the statements run and their answers are read, each with the table that holds the list's rows
    /// (the probe): most volunteers have no sanctions, complaints, claims or trainings, and even an empty statement
    /// costs its preparation, so the lists she has rows in are found first, with one index probe per table.
    /// </summary>
    private static readonly (VolunteerList List, string Probe, string Sql)[] Statements =
    [
        (VolunteerList.Memberships, "memberships", SqlMembershipStore.ForVolunteerSql),
        (VolunteerList.MembershipHistory, "membership_events", SqlMembershipStore.HistorySql),
        (VolunteerList.CorrectionRequests, "correction_requests", SqlCorrectionRequestStore.ForVolunteerSql),
        (VolunteerList.Sanctions, "volunteer_sanctions", SqlSanctionStore.ForVolunteerSql),
        (VolunteerList.SignUps, "activity_participants", SqlParticipantStore.ForVolunteerSql),
        (VolunteerList.Evaluations, "evaluations", SqlRecordBook.EvaluationsSql),
        (VolunteerList.Commendations, "commendations", SqlRecordBook.CommendationsSql),
        (VolunteerList.Complaints, "complaints", SqlRecordBook.ComplaintsSql),
        (VolunteerList.Claims, "service_claims", SqlServiceClaimStore.ForVolunteerSql),
        (VolunteerList.Trainings, "training_records", SqlTrainingStore.ForVolunteerSql),
        (VolunteerList.StarHistory, "star_events", SqlStarHistory.ForVolunteerSql),
        (VolunteerList.Certificates, "certificates", SqlCertificateStore.ForVolunteerSql),
        (VolunteerList.Teams, "team_members", SqlTeamStore.ForVolunteerSql),
        (VolunteerList.RecordsDue, "activity_participants", SqlAlertStore.RecordsDueForVolunteerSql),
        (VolunteerList.StarEligibility, "star_eligibility", SqlAlertStore.EligibilitySql),
    ];

    public async Task<VolunteerLists> ReadAsync(Guid volunteerId, VolunteerList lists, int claimsLimit, CancellationToken cancellationToken = default)
    {
        var wanted = Statements.Where(s => lists.HasFlag(s.List)).ToList();
        if (wanted.Count == 0)
        {
            return new VolunteerLists();
        }

        var parameters = new { VolunteerId = volunteerId.ToString(), Limit = claimsLimit };
        var probe = "SELECT " + string.Join(" + ", wanted.Select(s =>
            $"(CASE WHEN EXISTS (SELECT 1 FROM {s.Probe} WHERE volunteer_id = @VolunteerId) THEN {(long)s.List} ELSE 0 END)")) + ";";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var present = (VolunteerList)await connection.ExecuteScalarAsync<long>(new CommandDefinition(probe, parameters, cancellationToken: cancellationToken));
        var batch = new StringBuilder();
        foreach (var statement in wanted.Where(s => present.HasFlag(s.List)))
        {
            batch.AppendLine(statement.Sql.TrimEnd().TrimEnd(';') + ";");
        }

        if (batch.Length == 0)
        {
            return new VolunteerLists();
        }

        await using var answers = await connection.QueryMultipleAsync(new CommandDefinition(batch.ToString(), parameters, cancellationToken: cancellationToken));
        async Task<IReadOnlyList<T>> NextAsync<T>(VolunteerList list) => present.HasFlag(list) ? [.. await answers.ReadAsync<T>()] : [];
        return new VolunteerLists
        {
            Memberships = await NextAsync<MembershipRow>(VolunteerList.Memberships),
            MembershipHistory = await NextAsync<MembershipEvent>(VolunteerList.MembershipHistory),
            CorrectionRequests = await NextAsync<CorrectionRequest>(VolunteerList.CorrectionRequests),
            Sanctions = await NextAsync<SanctionRecord>(VolunteerList.Sanctions),
            SignUps = await NextAsync<ParticipantRow>(VolunteerList.SignUps),
            Evaluations = await NextAsync<EvaluationRow>(VolunteerList.Evaluations),
            Commendations = await NextAsync<CommendationRow>(VolunteerList.Commendations),
            Complaints = await NextAsync<ComplaintRow>(VolunteerList.Complaints),
            Claims = await NextAsync<ServiceClaimRow>(VolunteerList.Claims),
            Trainings = await NextAsync<TrainingRecord>(VolunteerList.Trainings),
            StarHistory = await NextAsync<StarEvent>(VolunteerList.StarHistory),
            Certificates = await NextAsync<CertificateRow>(VolunteerList.Certificates),
            Teams = await NextAsync<TeamMemberRow>(VolunteerList.Teams),
            RecordsDue = await NextAsync<RecordAlertRow>(VolunteerList.RecordsDue),
            StarEligibility = (await NextAsync<EligibleMember>(VolunteerList.StarEligibility)).SingleOrDefault(),
        };
    }
}
