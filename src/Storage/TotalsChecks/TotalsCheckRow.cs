namespace VolunteerRecords.Storage.TotalsChecks;

/// <summary>One run of the nightly check: how many volunteers it compared, and who disagreed with the ledger.</summary>
public sealed class TotalsCheckRow
{
    public DateTime RunUtc { get; init; }

    public int Checked { get; init; }

    public int Drifted { get; init; }

    /// <summary>The volunteers whose total differs from their ledger, comma-separated (at most the first hundred).</summary>
    public string DriftedIds { get; init; } = "";
}
