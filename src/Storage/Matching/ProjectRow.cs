namespace VolunteerRecords.Storage.Matching;

public sealed class ProjectRow
{
    public string Id { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string? NeedId { get; init; }

    public string Name { get; init; } = "";

    public string? TeamId { get; init; }

    public string Status { get; init; } = "";

    public DateTime CreatedUtc { get; init; }

    public string? TeamName { get; init; }
}
