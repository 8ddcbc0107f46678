namespace VolunteerRecords.Grains.Certificates;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class CertificateErrors
{
    public const string NotAllowed = "Certificate.NotAllowed";
    public const string PurposeInvalid = "Certificate.PurposeInvalid";
    public const string PeriodInvalid = "Certificate.PeriodInvalid";
    public const string NoRecords = "Certificate.NoRecords";
    public const string NotFound = "Certificate.NotFound";
    public const string ReasonRequired = "Certificate.ReasonRequired";
}
