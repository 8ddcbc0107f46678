namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Registered-volunteer status (A2); revocation (A18.4) holds until a bureau reinstates.</summary>
public enum VolunteerStatus
{
    Registered,
    Revoked,
}
