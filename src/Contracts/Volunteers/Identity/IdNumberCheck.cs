namespace VolunteerRecords.Grains.Volunteers.Identity;

/// <summary>The outcome of reading an ID number: what it says, or why it cannot be right.</summary>
[GenerateSerializer, Immutable, Alias("vr.IdNumberCheck")]
public sealed record IdNumberCheck(
    [property: Id(0)] bool IsValid,
    [property: Id(1)] string? ErrorCode,
    [property: Id(2)] string Normalized,
    [property: Id(3)] DateOnly? BirthDate,
    [property: Id(4)] Sex? Sex)
{
    public static IdNumberCheck Invalid(string code, string normalized) => new(false, code, normalized, null, null);
}
