namespace VolunteerRecords.Grains.Volunteers.Identity;

public enum Sex
{
    Male,
    Female,
}
