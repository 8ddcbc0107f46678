namespace VolunteerRecords.Grains.Certificates;

/// <summary>An organization whose records a certificate lists, with its person in charge (办法 Art15).</summary>
public sealed record RecordingOrganization(string Name, string PersonInCharge);
