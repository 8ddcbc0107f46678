namespace VolunteerRecords.Grains.Ledger;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class LedgerErrors
{
    public const string TimesInvalid = "Ledger.TimesInvalid";
    public const string InFuture = "Ledger.InFuture";
    public const string TooLong = "Ledger.TooLong";
    public const string OutsideSession = "Ledger.OutsideSession";
    public const string DeductionInvalid = "Ledger.DeductionInvalid";
    public const string ContentRequired = "Ledger.ContentRequired";
    public const string ProofRequired = "Ledger.ProofRequired";
    public const string Overlap = "Ledger.Overlap";
    public const string AlreadyCertified = "Ledger.AlreadyCertified";
    public const string NotAllowed = "Ledger.NotAllowed";
    public const string RecordNotFound = "Ledger.RecordNotFound";
    public const string ReasonRequired = "Ledger.ReasonRequired";
    public const string Superseded = "Ledger.Superseded";
    public const string OwnRecord = "Ledger.OwnRecord";
}
