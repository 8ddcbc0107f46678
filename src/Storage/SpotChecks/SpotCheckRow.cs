namespace VolunteerRecords.Storage.SpotChecks;

public sealed class SpotCheckRow
{
    public string Id { get; init; } = "";

    /// <summary>The region of the bureau that drew it; the entries are of organizations in it.</summary>
    public string RegionCode { get; init; } = "";

    public DateOnly FromDay { get; init; }

    public DateOnly ToDay { get; init; }

    /// <summary>How many entries were asked for; fewer are drawn when the period holds fewer.</summary>
    public int Size { get; init; }

    public string DrawnByName { get; init; } = "";

    public DateTime DrawnUtc { get; init; }

    public int Drawn { get; init; }

    public int Questioned { get; init; }

    public int Unmarked { get; init; }
}
