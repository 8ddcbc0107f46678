namespace VolunteerRecords.Grains.Stars;

/// <summary>Configuration "Stars": the certified hours each star level needs (A26), one to five stars.</summary>
public sealed class StarOptions
{
    public const string Section = "Stars";

    public int[] ThresholdHours { get; set; } = [100, 300, 600, 1000, 1500];
}
