namespace VolunteerRecords.Storage.Volunteers;

/// <param name="Text">A name (contains) or a volunteer number (prefix).</param>
/// <param name="IdentifierHashes">Keyed hashes of a phone or ID number typed into the search box: exact matches.</param>
/// <param name="MemberOf">Only current members of this organization (an organization's own view).</param>
/// <param name="RegionCodes">Only volunteers living in, or members of an organization in, these regions (a bureau's view).</param>
public sealed record VolunteerSearch(
    string? Text = null,
    IReadOnlyCollection<string>? IdentifierHashes = null,
    string? MemberOf = null,
    IReadOnlyCollection<string>? RegionCodes = null,
    string? Status = null,
    int Page = 1,
    int PageSize = 20);
