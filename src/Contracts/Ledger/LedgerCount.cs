namespace VolunteerRecords.Grains.Ledger;

/// <summary>A row appended to a volunteer's ledger by someone else (an attendance sheet), for the volunteer's total.</summary>
/// <param name="PreviousSeq">The volunteer's highest sequence before the row; null when unknown (a repeated sheet).</param>
[GenerateSerializer, Immutable, Alias("vr.LedgerCount")]
public sealed record LedgerCount(
    [property: Id(0)] long Seq,
    [property: Id(1)] long? PreviousSeq,
    [property: Id(2)] int DeltaMinutes);
