using System.Security.Cryptography;
using System.Text;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Grains.Activities.Attendance;

/// <summary>What an attendance sheet, a claim of hours and an evaluation must satisfy (A13, A21, A22).</summary>
public static class AttendanceRules
{
    /// <summary>What the bytes are, not what the upload claims: a JPEG or PNG signature within the size of a phone photo.</summary>
    /// <returns>The content type, or null when it is neither or too large.</returns>
    public static string? SheetPhotoType(ReadOnlySpan<byte> content) =>
        content.Length > ActivityRules.MaxPhotoBytes ? null
        : content.StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : content.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;

    /// <summary>One sheet's operation yields one operation per volunteer and session, so resubmitting the sheet certifies nothing twice.</summary>
    public static Guid EntryOperation(Guid sheet, AttendanceEntry entry) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{sheet}:{entry.VolunteerId}:{entry.SessionId}")).AsSpan(0, 16));

    /// <summary>The ledger row for one entry of a sheet; throws the rule it breaks.</summary>
    /// <param name="standing">Null when she is not on the confirmed roster.</param>
    public static ServiceRecord Record(
        ActivityTerms terms, AttendanceEntry entry, VolunteerStanding? standing, Guid operation, Actor certifier, DateTime nowUtc)
    {
        var subject = terms.Id.ToString();
        if (standing is not { IsRegistered: true })
        {
            throw new DomainException(ActivityErrors.NotOnRoster, subject);
        }

        var session = terms.Sessions.FirstOrDefault(s => s.Id == entry.SessionId)
            ?? throw new DomainException(ActivityErrors.SessionUnknown, subject);

        // A revoked volunteer receives no new hours until a bureau reinstates them (A18.4).
        if (standing.Status == VolunteerStatus.Revoked)
        {
            throw new DomainException(VolunteerErrors.Revoked, subject);
        }

        var service = new ServiceEntry(
            terms.OrganizationId, terms.Id, session.Id, session.StartUtc, session.EndUtc, terms.Category,
            entry.StartUtc, entry.EndUtc, entry.DeductedMinutes, string.IsNullOrWhiteSpace(entry.Content) ? terms.Title : entry.Content,
            terms.Place, entry.Proof);
        return LedgerRows.Original(service, entry.VolunteerId, operation, certifier, nowUtc);
    }

    /// <summary>A claim names its session and stays within it, and carries a proof giver's name (A13, A21); throws the rule it breaks.</summary>
    /// <returns>The claimed session and the proof, trimmed.</returns>
    public static (ActivitySession Session, ServiceProof Proof) Claim(ActivityTerms terms, HoursClaim claim, DateTime nowUtc)
    {
        var subject = terms.Id.ToString();
        var session = terms.Sessions.FirstOrDefault(s => s.Id == claim.SessionId)
            ?? throw new DomainException(ActivityErrors.SessionUnknown, subject);
        ServiceRules.Minutes(claim.StartUtc, claim.EndUtc, claim.DeductedMinutes, session.StartUtc, session.EndUtc, nowUtc, subject);
        var name = claim.Proof.Name.Trim();
        if (name.Length is 0 or > ServiceRules.MaxProofNameLength
            || claim.Proof.Contact?.Trim().Length > ServiceRules.MaxProofNameLength
            || claim.Proof.Note?.Trim().Length > ServiceRules.MaxTextLength)
        {
            throw new DomainException(LedgerErrors.ProofRequired, subject);
        }

        return (session, new ServiceProof(name, NullIfEmpty(claim.Proof.Contact), NullIfEmpty(claim.Proof.Note)));
    }

    /// <summary>Both scores from 1 to 5 and a comment of reasonable length (A22).</summary>
    /// <returns>The comment, trimmed; null when empty.</returns>
    public static string? Evaluation(int dutyScore, int satisfactionScore, string? comment, string subject)
    {
        var text = NullIfEmpty(comment);
        return dutyScore is < RecordRules.MinScore or > RecordRules.MaxScore
            || satisfactionScore is < RecordRules.MinScore or > RecordRules.MaxScore
            || text?.Length > RecordRules.MaxTextLength
            ? throw new DomainException(RecordErrors.ScoreInvalid, subject)
            : text;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
