namespace VolunteerRecords.Grains.Activities;

public enum ParticipantStatus
{
    Confirmed,
    Waitlisted,
    Withdrawn,
}
