namespace VolunteerRecords.Bench.City;

/// <summary>The synthetic city: by default Fuxin at a million volunteers; <c>--scale N</c> divides it for a quick run.</summary>
public sealed record CitySize(int Volunteers, int Organizations, long Records, int Evaluations, int Complaints)
{
    public static CitySize Full { get; } = new(1_000_000, 2_000, 10_000_000, 2_000_000, 5_000);

    public static CitySize ScaledDown(int divisor) => divisor <= 1 ? Full : new(
        Full.Volunteers / divisor, Math.Max(10, Full.Organizations / divisor), Full.Records / divisor, Full.Evaluations / divisor, Math.Max(10, Full.Complaints / divisor));

    /// <summary>Written into the database, so a built city of the same size is reused by the next run.</summary>
    public string Marker => $"{Volunteers}/{Organizations}/{Records}/{Evaluations}/{Complaints}";
}
