using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>
/// Reads the volunteer's own page: her grain for the profile and her own identifiers (both calls together), then all
/// her lists in one batch (<see cref="IVolunteerLists"/>). What derives from her ledger rows comes from
/// <see cref="LedgerViewCache"/>, keyed by her ledger position, so a page view does not re-read hundreds of unchanged rows.
/// </summary>
public sealed class OwnPageQuery(
    IGrainFactory grains,
    IVolunteerLists lists,
    IMembershipStore memberships,
    LedgerViewCache ledgerViews,
    TimeProvider time)
{
    public const int RecordsPageSize = 20;
    private const int ClaimsShown = 50;

    private const VolunteerList Shown = VolunteerList.Memberships | VolunteerList.CorrectionRequests | VolunteerList.Sanctions
        | VolunteerList.SignUps | VolunteerList.Evaluations | VolunteerList.Commendations | VolunteerList.Complaints | VolunteerList.Claims
        | VolunteerList.Trainings | VolunteerList.StarHistory | VolunteerList.Certificates | VolunteerList.Teams | VolunteerList.RecordsDue
        | VolunteerList.StarEligibility;

    /// <returns>null when she is not (or no longer) registered.</returns>
    public async Task<OwnPage?> ReadAsync(Guid id, int recordsPage, CommandContext context)
    {
        var grain = grains.GetGrain<IVolunteerGrain>(id);
        var profileCall = grain.GetProfileAsync();
        var ownCall = grain.RevealIdentifiersAsync(context);
        var regionsCall = grains.GetGrain<IRegionTreeGrain>(0).ListAsync();
        if (await profileCall is not { } profile)
        {
            return null;
        }

        var own = await ownCall;
        var mine = await lists.ReadAsync(id, Shown, ClaimsShown);
        var invited = mine.Memberships.Where(m => m.Status == MembershipStatus.Invited).Select(m => m.OrganizationId).ToHashSet();
        IReadOnlyList<MembershipEvent> invitations = invited.Count == 0 ? [] :
        [
            .. (await memberships.HistoryAsync(id.ToString()))
                .Where(e => e.Event == MembershipEvents.Invited && invited.Contains(e.OrganizationId))
                .GroupBy(e => e.OrganizationId)
                .Select(g => g.MaxBy(e => e.AtUtc)!),
        ];
        return new OwnPage(
            profile,
            own,
            await regionsCall,
            mine.Memberships,
            invitations,
            MembershipRules.IsMinor(profile.BirthDate, ChinaTime.Today(time)),
            mine.CorrectionRequests,
            mine.Sanctions,
            mine.SignUps,
            await ledgerViews.RecordsAsync(id, profile.LedgerPosition, recordsPage, RecordsPageSize),
            mine.Evaluations,
            mine.Commendations,
            [.. mine.Complaints.Where(c => RecordRules.IsOnRecord(c.Status))],
            mine.Claims,
            mine.Trainings,
            mine.StarHistory,
            mine.Certificates,
            mine.Teams,
            mine.RecordsDue,
            mine.StarEligibility,
            HoursBreakdown.Of(await ledgerViews.TallyAsync(id, profile.LedgerPosition)));
    }
}
