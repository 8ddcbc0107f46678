namespace VolunteerRecords.Grains.Regions;

/// <summary>
/// GB/T 2260 codes nest by prefix: 210000 province, 210900 city, 210902 district, and township/street codes
/// (9 or 12 digits) begin with their district's six.
/// </summary>
public static class RegionCodes
{
    /// <summary>阜新市: the city bureau's region.</summary>
    public const string City = "210900";

    public static bool Contains(string ancestor, string code)
    {
        var prefix = SignificantPrefix(ancestor);
        return prefix.Length > 0 && code.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>A SQL LIKE pattern for the region and everything in it.</summary>
    public static string LikePattern(string code) => SignificantPrefix(code) + "%";

    private static string SignificantPrefix(string code)
    {
        if (code.Length != 6)
        {
            return code;
        }

        var prefix = code;
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return prefix;
    }
}
