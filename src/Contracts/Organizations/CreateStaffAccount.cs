using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Organizations;

/// <param name="PasswordHash">Already hashed by the caller; the person replaces it at first sign-in.</param>
/// <param name="IdNumber">The staff member's own resident ID number, so that they never certify their own service (A21).</param>
[GenerateSerializer, Immutable, Alias("vr.CreateStaffAccount")]
public sealed record CreateStaffAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Role Role,
    [property: Id(3)] bool CanUnmask,
    [property: Id(4)] string PasswordHash,
    [property: Id(5)] string? IdNumber = null);
