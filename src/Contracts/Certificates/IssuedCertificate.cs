namespace VolunteerRecords.Grains.Certificates;

/// <param name="Code">The verification code printed beside the number; only its hash is stored.</param>
[GenerateSerializer, Immutable, Alias("vr.IssuedCertificate")]
public sealed record IssuedCertificate(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Number,
    [property: Id(2)] string Code);
