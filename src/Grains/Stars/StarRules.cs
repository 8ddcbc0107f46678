namespace VolunteerRecords.Grains.Stars;

/// <summary>A26: star levels by cumulative certified hours, applied for and granted one level at a time.</summary>
public sealed class StarRules(StarOptions options)
{
    public int HighestLevel => options.ThresholdHours.Length;

    /// <summary>The certified minutes a level needs; level 1 is the first threshold.</summary>
    public long ThresholdMinutes(int level) => options.ThresholdHours[level - 1] * 60L;

    /// <summary>The highest level the minutes reach, 0 below the first threshold.</summary>
    public int LevelFor(long certifiedMinutes) =>
        Enumerable.Range(1, HighestLevel).LastOrDefault(level => certifiedMinutes >= ThresholdMinutes(level));

    /// <summary>The minutes still missing for the level; 0 once reached.</summary>
    public long MissingMinutes(int level, long certifiedMinutes) => Math.Max(0, ThresholdMinutes(level) - certifiedMinutes);

    /// <summary>The thresholds must rise, or a higher level could be met before a lower one.</summary>
    public static bool AreValid(StarOptions options) =>
        options.ThresholdHours.Length > 0 && options.ThresholdHours[0] > 0
        && options.ThresholdHours.Zip(options.ThresholdHours.Skip(1)).All(pair => pair.First < pair.Second);
}
