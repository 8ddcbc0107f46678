using VolunteerRecords.Grains.Regions;

namespace VolunteerRecords.Grains.Common;

/// <summary>Who issues a command, with the scope their role gives them.</summary>
/// <param name="PersonalVolunteerId">A staff member's own volunteer record, found by their ID number: they may not certify it (A21).</param>
[GenerateSerializer, Immutable, Alias("vr.Actor")]
public sealed record Actor(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Role Role,
    [property: Id(3)] string? RegionCode,
    [property: Id(4)] Guid? OrganizationId,
    [property: Id(5)] Guid? VolunteerId,
    [property: Id(6)] bool CanUnmask = false,
    [property: Id(7)] Guid? PersonalVolunteerId = null)
{
    public bool IsBureau => Role is Role.CityAdmin or Role.DistrictAdmin;

    /// <summary>The city bureau itself: what only it decides for the whole city (regions, service areas, the calendar, the national export).</summary>
    public bool IsCityBureau => Role == Role.CityAdmin && RegionCode == RegionCodes.City;

    public bool IsVolunteer(Guid volunteerId) => Role == Role.Volunteer && VolunteerId == volunteerId;

    /// <summary>An organization's administrator, or a bureau over its region: may decide for the organization.</summary>
    public bool AdministersFor(Guid organizationId, string organizationRegion) =>
        (Role == Role.OrganizationAdmin && OrganizationId == organizationId) || OverseesRegion(organizationRegion);

    /// <summary>A bureau oversees what lies in its region (A4, A11); the city bureau oversees the whole city.</summary>
    public bool OverseesRegion(string regionCode) =>
        IsBureau && RegionCode is { } own && RegionCodes.Contains(own, regionCode);

    /// <summary>Staff of an organization act for it; a bureau acts for organizations in its region.</summary>
    public bool ActsFor(Guid organizationId, string organizationRegion) =>
        (Role is Role.OrganizationAdmin or Role.Recorder && OrganizationId == organizationId)
        || OverseesRegion(organizationRegion);
}
