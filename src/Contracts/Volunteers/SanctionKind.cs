namespace VolunteerRecords.Grains.Volunteers;

/// <summary>A18.4: warning, revocation of registered-volunteer status, and a bureau's reinstatement.</summary>
public enum SanctionKind
{
    Warning,
    Revocation,
    Reinstatement,
}
