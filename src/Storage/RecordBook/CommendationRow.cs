namespace VolunteerRecords.Storage.RecordBook;

public sealed class CommendationRow
{
    public string Id { get; init; } = "";

    public string OperationId { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    /// <summary>The organization whose record this is; null for a bureau's or a campaign's commendation.</summary>
    public string? OrganizationId { get; init; }

    public string Title { get; init; } = "";

    public DateOnly GrantedOn { get; init; }

    public string GrantingBody { get; init; } = "";

    public string RecordedByName { get; init; } = "";

    public DateTime RecordedUtc { get; init; }
}
