using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace VolunteerRecords.Bench.Profile;

/// <summary>wrk (Debian's package) against one page: requests a second and the 99th percentile latency it reports.</summary>
public static partial class Wrk
{
    public sealed record Result(string Page, double RequestsPerSecond, double P99Milliseconds, long Non2xx);

    public static bool Installed()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("wrk", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            probe!.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public static async Task<Result> RunAsync(Uri page, string? cookie, int connections, TimeSpan duration)
    {
        var arguments = string.Create(CultureInfo.InvariantCulture, $"-t{Math.Min(2, connections)} -c{connections} -d{(int)duration.TotalSeconds}s --latency");
        if (cookie is not null)
        {
            arguments += $" -H \"Cookie: {cookie}\"";
        }

        var start = new ProcessStartInfo("wrk", $"{arguments} {page}") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var rate = RatePattern().Match(output);
        var p99 = P99Pattern().Match(output);
        if (!rate.Success || !p99.Success)
        {
            throw new InvalidOperationException("wrk said: " + output + await process.StandardError.ReadToEndAsync());
        }

        var non2xx = Non2xxPattern().Match(output);
        return new Result(
            page.AbsolutePath,
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            Milliseconds(p99.Groups[1].Value, p99.Groups[2].Value),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static double Milliseconds(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number / 1000,
            "s" => number * 1000,
            _ => number,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99Pattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xxPattern();
}
