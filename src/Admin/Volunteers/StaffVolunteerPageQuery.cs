using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>
/// Reads a volunteer's staff page: her grains decide whether the viewer sees her at all and what of her record
/// (both calls together), then only the lists she has, each cut to that decision.
/// </summary>
public sealed class StaffVolunteerPageQuery(
    IGrainFactory grains,
    IMembershipStore memberships,
    ISanctionStore sanctions,
    IRecordBook recordBook,
    ICertificateStore certificates,
    IVolunteerFootprints footprints,
    LedgerViewCache ledgerViews,
    TimeProvider time)
{
    private const int RecordsShown = 50;

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

        var key = id.ToString();
        var has = await footprints.OfAsync(key);
        IReadOnlyList<MembershipRow> joined = await memberships.ListForVolunteerAsync(key);
        return new StaffVolunteerPage(
            profile,
            visibility,
            IdDocuments.AgeOn(profile.BirthDate, ChinaTime.Today(time)),
            (await grains.GetGrain<IRegionTreeGrain>(0).ListAsync()).FirstOrDefault(r => r.Code == profile.ResidenceRegionCode)?.Name,
            has.Sanctions ? [.. (await sanctions.ListForVolunteerAsync(key)).Where(s => s.OrganizationId is null || visibility.ShowsRecordsOf(s.OrganizationId))] : [],
            [.. (await memberships.HistoryAsync(key)).Where(e => visibility.ShowsRecordsOf(e.OrganizationId))],
            has.Evaluations ? [.. (await recordBook.EvaluationsAsync(key)).Where(e => visibility.ShowsRecordsOf(e.OrganizationId))] : [],
            has.Commendations ? [.. (await recordBook.CommendationsAsync(key)).Where(c => visibility.ShowsRecordsOf(c.OrganizationId))] : [],
            has.Complaints ? [.. (await recordBook.ComplaintsAsync(key)).Where(c => visibility.ShowsComplaint(c.OrganizationId, c.Status))] : [],
            await ledgerViews.RecentAsync(id, profile.LedgerPosition, visibility.AllOrganizations ? null : visibility.OrganizationId, RecordsShown),
            has.Certificates ? [.. (await certificates.ForVolunteerAsync(key)).Where(c => visibility.OpensCertificate(c.HeldBy))] : [],
            joined.ToDictionary(m => m.OrganizationId, m => m.OrganizationName ?? m.OrganizationId));
    }
}
