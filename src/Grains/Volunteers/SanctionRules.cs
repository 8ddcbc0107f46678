using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Sanctions;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Warnings, revocation and reinstatement (A18.4), and who may decide each.</summary>
public static class SanctionRules
{
    /// <param name="byBureau">A bureau over her decides.</param>
    /// <param name="byOrganizationAdmin">The admin of an organization she belongs to decides, for that organization.</param>
    /// <returns>Her standing after the sanction; throws when it is not allowed or changes nothing.</returns>
    public static (VolunteerStatus Status, int Warnings) Apply(
        SanctionKind kind, VolunteerStatus status, int warnings, bool byBureau, bool byOrganizationAdmin, string subject) => kind switch
        {
            // Only a bureau lifts a revocation: she stays revoked "until reinstated by a bureau".
            SanctionKind.Reinstatement when !byBureau => throw new DomainException(VolunteerErrors.NotAllowed, subject),
            SanctionKind.Reinstatement when status != VolunteerStatus.Revoked => throw new DomainException(VolunteerErrors.NotRevoked, subject),
            SanctionKind.Reinstatement => (VolunteerStatus.Registered, warnings),
            SanctionKind.Warning or SanctionKind.Revocation when !byBureau && !byOrganizationAdmin => throw new DomainException(VolunteerErrors.NotAllowed, subject),
            SanctionKind.Revocation when status == VolunteerStatus.Revoked => throw new DomainException(VolunteerErrors.Revoked, subject),
            SanctionKind.Revocation => (VolunteerStatus.Revoked, warnings),
            SanctionKind.Warning => (status, warnings + 1),
            _ => throw new DomainException(VolunteerErrors.NotAllowed, subject),
        };

    /// <returns>The reason, trimmed; throws when it is missing or too long.</returns>
    public static string Reason(string reason, string subject)
    {
        var why = reason.Trim();
        return why.Length is 0 or > VolunteerRules.MaxReasonLength ? throw new DomainException(VolunteerErrors.ReasonRequired, subject) : why;
    }

    /// <summary>The row of her sanction history for the change that decided it; keyed by its operation, so writing it twice adds one.</summary>
    public static SanctionRecord Record(LastChange change, string volunteerId, SanctionKind kind, Guid? organizationId) => new()
    {
        OperationId = change.OperationId.ToString(),
        VolunteerId = volunteerId,
        Kind = kind.ToString(),
        Reason = change.Reason ?? "",
        OrganizationId = organizationId?.ToString(),
        DecidedById = change.ActorId,
        DecidedByName = change.ActorName,
        AtUtc = change.AtUtc,
    };
}
