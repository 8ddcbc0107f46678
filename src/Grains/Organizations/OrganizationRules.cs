namespace VolunteerRecords.Grains.Organizations;

public static class OrganizationRules
{
    public const int MaxNameLength = 100;
}
