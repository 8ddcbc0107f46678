namespace VolunteerRecords.Grains.SpotChecks;

/// <summary>What a spot check may ask (办法 Art21-22).</summary>
public static class SpotCheckRules
{
    public const int MinSize = 1;
    public const int MaxSize = 200;
    public const int DefaultSize = 20;
    public const int LongestPeriodDays = 366;
    public const int MaxNoteLength = 500;

    /// <returns>The rule broken, or null: a period already past, not longer than a year, and a sample of 1 to 200.</returns>
    public static string? Refusal(DateOnly from, DateOnly to, int size, DateOnly today) =>
        from > to || to > today || to.DayNumber - from.DayNumber >= LongestPeriodDays ? SpotCheckErrors.PeriodInvalid
        : size is < MinSize or > MaxSize ? SpotCheckErrors.SizeInvalid
        : null;

    /// <summary>A question says what is doubted, and an answer what was found; a confirmation may say nothing.</summary>
    public static bool NoteFits(SpotCheckVerdict verdict, string note) =>
        note.Length <= MaxNoteLength && (verdict == SpotCheckVerdict.Confirmed || note.Length > 0);
}
