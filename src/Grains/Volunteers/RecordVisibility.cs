namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Whose records an officer may read for a volunteer (A23, A24).</summary>
/// <param name="AllOrganizations">Every organization's records: a bureau in scope, or a member organization the volunteer shares with.</param>
/// <param name="OrganizationId">Otherwise only this organization's own records.</param>
/// <param name="Shared">Records of other organizations are shown by the volunteer's consent: the access is audited.</param>
[GenerateSerializer, Immutable, Alias("vr.RecordVisibility")]
public sealed record RecordVisibility(
    [property: Id(0)] bool AllOrganizations,
    [property: Id(1)] Guid? OrganizationId,
    [property: Id(2)] bool Shared);
