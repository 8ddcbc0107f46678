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
        };
    }
}
