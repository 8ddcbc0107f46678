using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Certificates;

/// <summary>What a certificate request and a revocation must satisfy (A25, 办法 Art14-17).</summary>
public static class CertificateRules
{
    /// <summary>A purpose from the list and a period that ends no later than today; throws the rule it breaks.</summary>
    public static void CheckRequest(CertificateRequest request, DateOnly today, string subject)
    {
        if (!Enum.IsDefined(request.Purpose))
        {
            throw new DomainException(CertificateErrors.PurposeInvalid, subject);
        }

        if (request.From > request.To || request.To > today || request.From > today)
        {
            throw new DomainException(CertificateErrors.PeriodInvalid, subject);
        }
    }

    /// <summary>A revocation says why.</summary>
    /// <returns>The reason, trimmed.</returns>
    public static string RevocationReason(string reason, string subject)
    {
        var why = reason.Trim();
        return why.Length is 0 or > ServiceRules.MaxTextLength ? throw new DomainException(CertificateErrors.ReasonRequired, subject) : why;
    }

    /// <summary>A number to print and to look the certificate up by: the issue day and six random digits.</summary>
    public static string Number(DateOnly issuedOn, int random) =>
        "FX" + issuedOn.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
        + random.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
