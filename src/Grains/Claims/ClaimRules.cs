using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Claims;

/// <summary>How a claim of hours or a request for correction is decided.</summary>
public static class ClaimRules
{
    /// <summary>A rejection says why; a certification may add a note.</summary>
    /// <returns>The note, trimmed; null when none was given.</returns>
    public static string? DecisionNote(bool certify, string? note, string subject)
    {
        var text = NullIfEmpty(note);
        return (!certify && text is null) || text?.Length > ServiceRules.MaxTextLength
            ? throw new DomainException(ClaimErrors.ReasonRequired, subject)
            : text;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
