using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Grains.Ledger;

/// <summary>Ledger rows as certification writes them, after the rules of A13 and A21 hold.</summary>
public static class LedgerRows
{
    /// <summary>The original row for one volunteer's entry; throws the rule the entry breaks.</summary>
    public static ServiceRecord Original(ServiceEntry entry, Guid volunteerId, Guid operation, Actor certifier, DateTime nowUtc)
    {
        var subject = volunteerId.ToString();
        var minutes = ServiceRules.Minutes(entry.StartUtc, entry.EndUtc, entry.DeductedMinutes, entry.SessionStartUtc, entry.SessionEndUtc, nowUtc, subject);
        var (content, place, proof) = ServiceRules.Texts(entry.Content, entry.Place, entry.Proof, subject);
        var id = Guid.NewGuid().ToString();
        return new ServiceRecord
        {
            Id = id,
            OperationId = operation.ToString(),
            RootId = id,
            VolunteerId = subject,
            OrganizationId = entry.OrganizationId.ToString(),
            ActivityId = entry.ActivityId?.ToString(),
            SessionId = entry.SessionId?.ToString(),
            SessionStartUtc = entry.SessionStartUtc,
            SessionEndUtc = entry.SessionEndUtc,
            Category = entry.Category,
            StartUtc = entry.StartUtc,
            EndUtc = entry.EndUtc,
            DeductedMinutes = entry.DeductedMinutes,
            Minutes = minutes,
            DeltaMinutes = minutes,
            Content = content,
            Place = place,
            ProofName = proof.Name,
            ProofContact = proof.Contact,
            ProofNote = proof.Note,
            ProofPhotoId = proof.PhotoId?.ToString(),
            CertifiedById = certifier.AccountId,
            CertifiedByName = certifier.DisplayName,
            CertifiedUtc = nowUtc,
            EnteredAfterwards = entry.EnteredAfterwards,
        };
    }

    /// <summary>
    /// The minutes a correction leaves and its reason (办法 Art13); throws the rule it breaks. Deducting the whole
    /// attended time withdraws the hours but keeps the entry.
    /// </summary>
    public static (string Reason, int Minutes) Correction(ServiceRecord current, ServiceCorrection correction, DateTime nowUtc, string subject)
    {
        var reason = correction.Reason.Trim();
        if (reason.Length is 0 or > ServiceRules.MaxTextLength)
        {
            throw new DomainException(LedgerErrors.ReasonRequired, subject);
        }

        var attended = (int)Math.Floor((correction.EndUtc - correction.StartUtc).TotalMinutes);
        var minutes = correction.DeductedMinutes == attended && attended > 0
            ? 0
            : ServiceRules.Minutes(correction.StartUtc, correction.EndUtc, correction.DeductedMinutes, current.SessionStartUtc, current.SessionEndUtc, nowUtc, subject);
        return (reason, minutes);
    }

    /// <summary>The row that replaces <paramref name="current"/>: the same service with the corrected time, pointing at what it corrects.</summary>
    public static ServiceRecord Corrected(
        ServiceRecord current, ServiceCorrection correction, string reason, int minutes, string operation, Actor certifier, DateTime nowUtc)
    {
        return new ServiceRecord
        {
            Id = Guid.NewGuid().ToString(),
            OperationId = operation,
            RootId = current.RootId,
            CorrectsId = current.Id,
            VolunteerId = current.VolunteerId,
            OrganizationId = current.OrganizationId,
            ActivityId = current.ActivityId,
            SessionId = current.SessionId,
            SessionStartUtc = current.SessionStartUtc,
            SessionEndUtc = current.SessionEndUtc,
            Category = current.Category,
            StartUtc = correction.StartUtc,
            EndUtc = correction.EndUtc,
            DeductedMinutes = correction.DeductedMinutes,
            Minutes = minutes,
            DeltaMinutes = minutes - current.Minutes,
            Content = current.Content,
            Place = current.Place,
            ProofName = current.ProofName,
            ProofContact = current.ProofContact,
            ProofNote = current.ProofNote,
            ProofPhotoId = current.ProofPhotoId,
            CertifiedById = certifier.AccountId,
            CertifiedByName = certifier.DisplayName,
            CertifiedUtc = nowUtc,
            Reason = reason,
            EnteredAfterwards = current.EnteredAfterwards,
        };
    }
}
