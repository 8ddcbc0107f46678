using System.Globalization;

namespace VolunteerRecords.Bench.Harness;

public sealed record Arguments(int Seconds, int Volunteers, string? Only)
{
    public bool Runs(string part) => Only is null || Only == part;

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
            values.GetValueOrDefault("only"));
    }
}
