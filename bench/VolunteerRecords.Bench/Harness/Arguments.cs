using System.Globalization;

namespace VolunteerRecords.Bench.Harness;

public sealed record Arguments(int Seconds, int Volunteers, string? Only, int Scale)
{
    /// <summary>Every part but the city, which runs only on its own.</summary>
    public bool Runs(string part) => Only is null ? part != "city" : Only == part;

    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Arguments(
            int.Parse(values.GetValueOrDefault("seconds", "5"), CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("volunteers", "100000"), CultureInfo.InvariantCulture),
            values.GetValueOrDefault("only"),
            int.Parse(values.GetValueOrDefault("scale", "1"), CultureInfo.InvariantCulture));
    }
}
