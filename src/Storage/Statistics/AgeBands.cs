namespace VolunteerRecords.Storage.Statistics;

/// <summary>Age bands of the statistics, by birth year at the period's end year.</summary>
public static class AgeBands
{
    public const string Under18 = "under18";
    public const string Youth = "18-35";
    public const string Middle = "36-59";
    public const string Senior = "60plus";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> All { get; } = [Under18, Youth, Middle, Senior, Unknown];

    public static string Of(long? birthYear, int year) => (year - birthYear) switch
    {
        null => Unknown,
        < 18 => Under18,
        <= 35 => Youth,
        <= 59 => Middle,
        _ => Senior,
    };
}
