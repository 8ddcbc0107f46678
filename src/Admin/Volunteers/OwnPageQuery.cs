using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Corrections;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Stars;
using VolunteerRecords.Storage.Teams;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>
/// Reads the volunteer's own page: her grain for the profile and her own identifiers (one round trip, both calls
/// together), then the read model. What derives from her ledger rows comes from <see cref="LedgerViewCache"/>, keyed
/// by her ledger position, so a page view does not re-read hundreds of unchanged rows.
/// </summary>
public sealed class OwnPageQuery(
    IGrainFactory grains,
    IRegionDirectory regions,
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
        var joined = await memberships.ListForVolunteerAsync(key);
        var invited = joined.Where(m => m.Status == nameof(MembershipStatus.Invited)).Select(m => m.OrganizationId).ToHashSet();
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
            await regions.ListAsync(),
            joined,
            invitations,
            MembershipRules.IsMinor(profile.BirthDate, ChinaTime.Today(time)),
            await corrections.ListForVolunteerAsync(key),
            await sanctions.ListForVolunteerAsync(key),
            await participants.ForVolunteerAsync(key),
            await ledgerViews.RecordsAsync(id, profile.LedgerPosition, recordsPage, RecordsPageSize),
            await recordBook.EvaluationsAsync(key),
            await recordBook.CommendationsAsync(key),
            [.. (await recordBook.ComplaintsAsync(key)).Where(RecordRules.IsOnRecord)],
            await claims.ForVolunteerAsync(key, ClaimsShown),
            await trainings.ForVolunteerAsync(key),
            await starHistory.ForVolunteerAsync(key),
            await certificates.ForVolunteerAsync(key),
            await teams.TeamsOfAsync(key),
            await alerts.RecordsDueForVolunteerAsync(key),
            await alerts.EligibilityAsync(key),
            HoursBreakdown.Of(await ledgerViews.TallyAsync(id, profile.LedgerPosition)));
    }
}
