namespace VolunteerRecords.Admin.Pages.Shared;

/// <summary>What <c>_ServiceTimesFields</c> fills in: the times to start from, and a prefix that keeps ids unique on the page.</summary>
public sealed record ServiceTimesFields(string Prefix, DateTime StartUtc, DateTime EndUtc, int DeductedMinutes);
