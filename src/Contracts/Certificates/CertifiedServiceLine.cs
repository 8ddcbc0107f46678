namespace VolunteerRecords.Grains.Certificates;

/// <summary>One certified service on a certificate: activity or content, date, place, hours and who recorded it.</summary>
public sealed record CertifiedServiceLine(DateOnly Date, string Content, string Place, int Minutes, string OrganizationName);
