using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Ledger;

/// <summary>A13: hours are the actual service time, travel and breaks excluded, measured in hours.</summary>
public static class ServiceRules
{
    /// <summary>One entry covers one session's attendance; a day is the longest that can be.</summary>
    public const int MaxEntryMinutes = 24 * 60;

    /// <summary>Bounds the overlap look-up: an entry can only overlap entries that start less than this before it.</summary>
    public static readonly TimeSpan LongestEntry = TimeSpan.FromMinutes(MaxEntryMinutes);

    public const int MaxTextLength = 500;

    /// <summary>
    /// Nobody certifies, corrects, commends or reviews their own service, nor resets their own volunteer password: a
    /// colleague does.
    /// </summary>
    public static void RequireNotOwnRecord(Actor actor, Guid volunteerId)
    {
        if (actor.PersonalVolunteerId == volunteerId)
        {
            throw new DomainException(LedgerErrors.OwnRecord, volunteerId.ToString());
        }
    }
    public const int MaxProofNameLength = 50;

    /// <summary>Validated minutes of service for [start, end) less the deduction; throws the broken rule.</summary>
    public static int Minutes(DateTime startUtc, DateTime endUtc, int deductedMinutes, DateTime? sessionStartUtc, DateTime? sessionEndUtc, DateTime nowUtc, string subject)
    {
        if (endUtc <= startUtc)
        {
            throw new DomainException(LedgerErrors.TimesInvalid, subject);
        }

        if (endUtc > nowUtc)
        {
            throw new DomainException(LedgerErrors.InFuture, subject);
        }

        if (sessionStartUtc is { } sessionStart && sessionEndUtc is { } sessionEnd && (startUtc < sessionStart || endUtc > sessionEnd))
        {
            throw new DomainException(LedgerErrors.OutsideSession, subject);
        }

        var attended = (int)Math.Floor((endUtc - startUtc).TotalMinutes);
        if (attended > MaxEntryMinutes)
        {
            throw new DomainException(LedgerErrors.TooLong, subject);
        }

        if (deductedMinutes < 0 || deductedMinutes >= attended)
        {
            throw new DomainException(LedgerErrors.DeductionInvalid, subject);
        }

        return attended - deductedMinutes;
    }

    /// <summary>The entry's content and place, and the proof (A21) trimmed; throws the broken rule.</summary>
    public static (string Content, string Place, ServiceProof Proof) Texts(string content, string place, ServiceProof proof, string subject)
    {
        var cleanContent = content.Trim();
        var cleanPlace = place.Trim();
        if (cleanContent.Length is 0 or > MaxTextLength || cleanPlace.Length is 0 or > MaxTextLength)
        {
            throw new DomainException(LedgerErrors.ContentRequired, subject);
        }

        // A21: the recipient or organizer vouches for the time, content and quality.
        var name = proof.Name.Trim();
        if (name.Length is 0 or > MaxProofNameLength)
        {
            throw new DomainException(LedgerErrors.ProofRequired, subject);
        }

        return (cleanContent, cleanPlace, proof with { Name = name, Contact = proof.Contact?.Trim(), Note = proof.Note?.Trim() });
    }

    /// <summary>Hours as certificates and pages show them: minutes / 60, to two decimals.</summary>
    public static decimal Hours(long minutes) => Math.Round(minutes / 60m, 2);
}
