using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Registration with true identity (A6.1, A12.1; 办法 Art5).</summary>
/// <param name="Sex">Read from an 18-character number; entered by hand only for a passport.</param>
/// <param name="BirthDate">Read from an 18-character number; entered by hand only for a passport.</param>
/// <param name="PasswordHash">Already hashed by the caller; the plain password never reaches a grain.</param>
/// <param name="OrganizationId">For on-site registration and import: the organization the person joins at once.</param>
/// <param name="PersonConsented">For on-site registration and import: the person (or guardian) agreed, as A12.2 requires.</param>
/// <param name="MustChangePassword">The password was set by someone else (on-site): the volunteer replaces it at first sign-in.</param>
[GenerateSerializer, Immutable, Alias("vr.RegisterVolunteer")]
public sealed record RegisterVolunteer(
    [property: Id(0)] string Name,
    [property: Id(1)] IdDocumentType DocumentType,
    [property: Id(2)] string DocumentNumber,
    [property: Id(3)] Sex? Sex,
    [property: Id(4)] DateOnly? BirthDate,
    [property: Id(5)] string ResidenceRegionCode,
    [property: Id(6)] string Phone,
    [property: Id(7)] string PasswordHash,
    [property: Id(8)] string Skills,
    [property: Id(9)] IReadOnlyList<string> Intentions,
    [property: Id(10)] GuardianConsent? Guardian = null,
    [property: Id(11)] RegistrationChannel Channel = RegistrationChannel.Self,
    [property: Id(12)] Guid? OrganizationId = null,
    [property: Id(13)] bool PersonConsented = false,
    [property: Id(14)] bool MustChangePassword = false);
