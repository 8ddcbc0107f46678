namespace VolunteerRecords.Storage.Volunteers;

/// <summary>How claiming a person's ID number and phone for one volunteer ended.</summary>
public enum IdentifierClaim
{
    Claimed,
    DocumentTaken,
    PhoneTaken,
}
