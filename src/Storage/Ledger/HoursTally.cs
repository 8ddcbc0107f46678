namespace VolunteerRecords.Storage.Ledger;

/// <summary>Certified minutes of a volunteer's current entries for one year (China dates), organization and service area.</summary>
public sealed record HoursTally(int Year, string OrganizationId, string Category, long Minutes);
