namespace VolunteerRecords.Storage.Matching;

public sealed class ServiceBaseRow
{
    public string Id { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string Address { get; init; } = "";

    public DateOnly AgreementFrom { get; init; }

    public DateOnly AgreementTo { get; init; }

    /// <summary>Service-area codes, comma-separated.</summary>
    public string Kinds { get; init; } = "";

    public DateTime CreatedUtc { get; init; }
}
