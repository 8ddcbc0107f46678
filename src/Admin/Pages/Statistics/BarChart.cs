namespace VolunteerRecords.Admin.Pages.Statistics;

/// <summary>A horizontal bar chart drawn as SVG on the server: no script, prints and reads on a phone.</summary>
/// <param name="Bars">Label and value, in the order shown.</param>
public sealed record BarChart(string Title, string Unit, IReadOnlyList<(string Label, decimal Value)> Bars)
{
    public const int Width = 320;
    public const int BarHeight = 22;
    public const int LabelWidth = 110;

    public int Height => Math.Max(1, Bars.Count) * (BarHeight + 6);

    /// <summary>The bar's length in pixels, the longest filling the space after the labels.</summary>
    public double Length(decimal value)
    {
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
        return max <= 0 ? 0 : (double)(value / max) * (Width - LabelWidth - 60);
    }
}
