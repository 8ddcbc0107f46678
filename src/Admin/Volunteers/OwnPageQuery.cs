using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
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
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>
/// Reads the volunteer's own page: her grain for the profile and her own identifiers (one round trip, both calls
/// together), then which of her lists exist at all, then only those. What derives from her ledger rows comes from <see cref="LedgerViewCache"/>, keyed
/// by her ledger position, so a page view does not re-read hundreds of unchanged rows.
/// </summary>
public sealed class OwnPageQuery(
    IGrainFactory grains,
    IMembershipStore memberships,
    ISanctionStore sanctions,
    ICorrectionRequestStore corrections,
    IParticipantStore participants,
    IRecordBook recordBook,
    IServiceClaimStore claims,
    ITrainingStore trainings,
    IStarHistory starHistory,
    ICertificateStore certificates,
    ITeamStore teams,
    IAlertStore alerts,
    IVolunteerFootprints footprints,
    LedgerViewCache ledgerViews,
    TimeProvider time)
{
    public const int RecordsPageSize = 20;
    private const int ClaimsShown = 50;

    /// <returns>null when she is not (or no longer) registered.</returns>
    public async Task<OwnPage?> ReadAsync(Guid id, int recordsPage, CommandContext context)
    {
        var grain = grains.GetGrain<IVolunteerGrain>(id);
        var profileCall = grain.GetProfileAsync();
        var ownCall = grain.RevealIdentifiersAsync(context);
        if (await profileCall is not { } profile)
        {
            return null;
        }

        var own = await ownCall;
        var key = id.ToString();
        var has = await footprints.OfAsync(key);
        var joined = await memberships.ListForVolunteerAsync(key);
        var invited = joined.Where(m => m.Status == MembershipStatus.Invited).Select(m => m.OrganizationId).ToHashSet();
        IReadOnlyList<MembershipEvent> invitations = invited.Count == 0 ? [] :
        [
            .. (await memberships.HistoryAsync(key))
                .Where(e => e.Event == MembershipEvents.Invited && invited.Contains(e.OrganizationId))
                .GroupBy(e => e.OrganizationId)
                .Select(g => g.MaxBy(e => e.AtUtc)!),
        ];
        return new OwnPage(
            profile,
            own,
            await grains.GetGrain<IRegionTreeGrain>(0).ListAsync(),
            joined,
            invitations,
            MembershipRules.IsMinor(profile.BirthDate, ChinaTime.Today(time)),
            has.CorrectionRequests ? await corrections.ListForVolunteerAsync(key) : [],
            has.Sanctions ? await sanctions.ListForVolunteerAsync(key) : [],
            has.Activities ? await participants.ForVolunteerAsync(key) : [],
            await ledgerViews.RecordsAsync(id, profile.LedgerPosition, recordsPage, RecordsPageSize),
            has.Evaluations ? await recordBook.EvaluationsAsync(key) : [],
            has.Commendations ? await recordBook.CommendationsAsync(key) : [],
            has.Complaints ? [.. (await recordBook.ComplaintsAsync(key)).Where(c => RecordRules.IsOnRecord(c.Status))] : [],
            has.Claims ? await claims.ForVolunteerAsync(key, ClaimsShown) : [],
            has.Trainings ? await trainings.ForVolunteerAsync(key) : [],
            has.StarEvents ? await starHistory.ForVolunteerAsync(key) : [],
            has.Certificates ? await certificates.ForVolunteerAsync(key) : [],
            has.Teams ? await teams.TeamsOfAsync(key) : [],
            has.Activities ? await alerts.RecordsDueForVolunteerAsync(key) : [],
            has.StarEligibility ? await alerts.EligibilityAsync(key) : null,
            HoursBreakdown.Of(await ledgerViews.TallyAsync(id, profile.LedgerPosition)));
    }
}
