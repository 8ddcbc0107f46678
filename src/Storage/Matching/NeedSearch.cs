namespace VolunteerRecords.Storage.Matching;

/// <summary>Open needs by area, regions and a date the need covers; all optional.</summary>
public sealed record NeedSearch(string? Category = null, IReadOnlyCollection<string>? RegionCodes = null, DateOnly? On = null, int Limit = 100);
