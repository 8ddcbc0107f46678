namespace VolunteerRecords.Grains.Organizations;

public enum OrganizationStatus
{
    Active,
    Suspended,

    /// <summary>注销: for good. Its records stay readable and verifiable; nothing new is recorded for it.</summary>
    Deregistered,
}
