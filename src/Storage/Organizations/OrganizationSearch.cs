namespace VolunteerRecords.Storage.Organizations;

/// <param name="RegionCodes">When set, only organizations in these regions (a district admin's scope).</param>
public sealed record OrganizationSearch(
    string? Text = null,
    string? RegionCode = null,
    string? Kind = null,
    string? Status = null,
    IReadOnlyCollection<string>? RegionCodes = null,
    int Page = 1,
    int PageSize = 20);
