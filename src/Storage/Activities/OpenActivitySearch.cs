namespace VolunteerRecords.Storage.Activities;

/// <summary>What a volunteer looks for among activities recruiting now.</summary>
/// <param name="RegionCodes">When set, only activities of organizations in these regions.</param>
/// <param name="StartsFromUtc">When set, only activities whose first session starts at or after it.</param>
/// <param name="StartsBeforeUtc">When set, only activities whose first session starts before it.</param>
public sealed record OpenActivitySearch(
    DateTime NowUtc,
    string? Category = null,
    IReadOnlyCollection<string>? RegionCodes = null,
    DateTime? StartsFromUtc = null,
    DateTime? StartsBeforeUtc = null,
    int Page = 1,
    int PageSize = 20);
