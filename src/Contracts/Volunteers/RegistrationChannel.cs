namespace VolunteerRecords.Grains.Volunteers;

/// <summary>How the person came to be registered (A12): by themselves, on the spot by an organization, or from its paper records.</summary>
public enum RegistrationChannel
{
    Self,
    OnSite,
    Import,
}
