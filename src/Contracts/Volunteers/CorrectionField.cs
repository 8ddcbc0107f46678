namespace VolunteerRecords.Grains.Volunteers;

/// <summary>The profile items an organization may ask a volunteer to correct (办法 Art6).</summary>
public enum CorrectionField
{
    Name,
    IdDocument,
    Phone,
    Residence,
    Skills,
    Other,
}
