namespace VolunteerRecords.Storage.Proofs;

/// <summary>A photo of a sign-in sheet, proof of certified time (A21).</summary>
public sealed class ProofPhoto
{
    public string Id { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string ActivityId { get; init; } = "";

    public string ContentType { get; init; } = "";

    /// <summary>Null when only the description was read.</summary>
    public byte[]? Content { get; init; }

    public string Sha256 { get; init; } = "";

    public string UploadedByName { get; init; } = "";

    public DateTime UploadedUtc { get; init; }
}
