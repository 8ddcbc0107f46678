namespace VolunteerRecords.Grains.Organizations;

public enum OrganizationStatus
{
    Active,
    Suspended,
}
