namespace VolunteerRecords.Grains.Training;

public static class TrainingRules
{
    public const int MaxNameLength = 100;
    public const int MaxContentLength = 2000;

    /// <summary>A training is one day at most; longer courses are recorded day by day.</summary>
    public const int MaxDurationMinutes = 24 * 60;

    /// <summary>One attendance list confirms at most this many volunteers, so one call stays short.</summary>
    public const int MaxAttendeesPerList = 200;
}
