using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>
/// Reads a volunteer's staff page: her grains decide whether the viewer sees her at all and what of her record
/// (both calls together), then her lists in one batch, each cut to that decision.
/// </summary>
public sealed class StaffVolunteerPageQuery(
    IGrainFactory grains,
    IVolunteerLists lists,
    LedgerViewCache ledgerViews,
    TimeProvider time)
{
    private const int RecordsShown = 50;

    private const VolunteerList Shown = VolunteerList.Memberships | VolunteerList.MembershipHistory | VolunteerList.Sanctions
        | VolunteerList.Evaluations | VolunteerList.Commendations | VolunteerList.Complaints | VolunteerList.Certificates;

    /// <returns>null when she is outside the viewer's scope (or not registered): to this viewer she does not exist.</returns>
    public async Task<StaffVolunteerPage?> ReadAsync(Guid id, CommandContext context)
    {
        var grain = grains.GetGrain<IVolunteerGrain>(id);
        var profileCall = grain.ViewProfileAsync(context.Actor);
        var visibilityCall = grains.GetGrain<IRecordBookGrain>(id).RecordVisibilityAsync(context);
        if (await profileCall is not { } profile || await visibilityCall is not { } visibility)
        {
            return null;
        }

        var hers = await lists.ReadAsync(id, Shown, claimsLimit: 0);
        return new StaffVolunteerPage(
            profile,
            visibility,
            IdDocuments.AgeOn(profile.BirthDate, ChinaTime.Today(time)),
            (await grains.GetGrain<IRegionTreeGrain>(0).ListAsync()).FirstOrDefault(r => r.Code == profile.ResidenceRegionCode)?.Name,
            [.. hers.Sanctions.Where(s => s.OrganizationId is null || visibility.ShowsRecordsOf(s.OrganizationId))],
            [.. hers.MembershipHistory.Where(e => visibility.ShowsRecordsOf(e.OrganizationId))],
            [.. hers.Evaluations.Where(e => visibility.ShowsRecordsOf(e.OrganizationId))],
            [.. hers.Commendations.Where(c => visibility.ShowsRecordsOf(c.OrganizationId))],
            [.. hers.Complaints.Where(c => visibility.ShowsComplaint(c.OrganizationId, c.Status))],
            await ledgerViews.RecentAsync(id, profile.LedgerPosition, visibility.AllOrganizations ? null : visibility.OrganizationId, RecordsShown),
            [.. hers.Certificates.Where(c => visibility.OpensCertificate(c.HeldBy))],
            hers.Memberships.ToDictionary(m => m.OrganizationId, m => m.OrganizationName ?? m.OrganizationId));
    }
}
