namespace VolunteerRecords.Grains.Activities;

public enum ActivityStatus
{
    Draft,
    Published,
    InProgress,
    Ended,
    RecordsClosed,
    Cancelled,
}
