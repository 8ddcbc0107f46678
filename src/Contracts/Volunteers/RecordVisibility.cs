using VolunteerRecords.Grains.Evaluations;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>
/// What one viewer may see of one volunteer's record (A23, A24), decided by her record book from her consents; every page,
/// download and certificate shown to someone else applies it rather than deciding again.
/// </summary>
/// <param name="AllOrganizations">Every organization's records: herself, a bureau in scope, or a member organization she shares with.</param>
/// <param name="OrganizationId">The viewer's organization, whose own records it always sees; null for herself and bureaus.</param>
/// <param name="Shared">Records of other organizations are shown by her consent: the access is audited.</param>
/// <param name="IsSelf">She looks at her own record.</param>
/// <param name="OnlyOwnRecords">Every service record of hers is the viewer organization's: her totals tell it nothing it does not hold.</param>
[GenerateSerializer, Immutable, Alias("vr.RecordVisibility")]
public sealed record RecordVisibility(
    [property: Id(0)] bool AllOrganizations,
    [property: Id(1)] Guid? OrganizationId,
    [property: Id(2)] bool Shared,
    [property: Id(3)] bool IsSelf = false,
    [property: Id(4)] bool OnlyOwnRecords = false)
{
    public static RecordVisibility Self { get; } = new(true, null, false, IsSelf: true);

    public static RecordVisibility Bureau { get; } = new(true, null, false);

    /// <summary>A record held by <paramref name="organizationId"/> (null: a bureau's or campaign's, held by no organization).</summary>
    public bool ShowsRecordsOf(string? organizationId) => AllOrganizations || IsOwn(organizationId);

    /// <summary>
    /// A complaint found untrue, or not yet verified, never leaves the organization that filed it (A22); one found true
    /// is part of the record and follows <see cref="ShowsRecordsOf"/>.
    /// </summary>
    /// <param name="organizationId">The organization that filed the complaint.</param>
    public bool ShowsComplaint(string organizationId, ComplaintStatus status) =>
        IsOwn(organizationId) || (status == ComplaintStatus.Upheld && ShowsRecordsOf(organizationId));

    /// <summary>Complainants are named to the organization that took the complaint, and to no one else.</summary>
    public bool NamesComplainant(string filedByOrganizationId) => IsOwn(filedByOrganizationId);

    /// <summary>Her total hours and star progress add up every organization's records: only for a viewer who sees them all.</summary>
    public bool ShowsTotals => AllOrganizations || OnlyOwnRecords;

    /// <summary>
    /// A certificate lists the records it certifies: it opens for her, a bureau in scope, an organization she shares
    /// her records with, and an organization whose records alone it lists.
    /// </summary>
    /// <param name="heldBy">The organizations whose records the certificate lists; empty for one issued before that was kept.</param>
    public bool OpensCertificate(IReadOnlyCollection<string> heldBy) =>
        AllOrganizations || (heldBy.Count > 0 && heldBy.All(IsOwn));

    private bool IsOwn(string? organizationId) =>
        organizationId is not null && OrganizationId is { } own && string.Equals(own.ToString(), organizationId, StringComparison.OrdinalIgnoreCase);
}
