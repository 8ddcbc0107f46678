namespace VolunteerRecords.Storage.Honours;

/// <summary>A commendation of an organization or a project (A27); a volunteer's are in the record book.</summary>
public sealed class HonourRow
{
    public string Id { get; init; } = "";

    /// <summary>Organization or Project.</summary>
    public string SubjectKind { get; init; } = "";

    public string SubjectId { get; init; } = "";

    /// <summary>The organization itself, or the one that runs the project.</summary>
    public string OrganizationId { get; init; } = "";

    public string Title { get; init; } = "";

    public DateOnly GrantedOn { get; init; }

    public string GrantingBody { get; init; } = "";

    public string RecordedByName { get; init; } = "";

    public DateTime RecordedUtc { get; init; }
}
