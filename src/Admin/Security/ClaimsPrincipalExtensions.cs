using System.Security.Claims;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Security;

public static class ClaimsPrincipalExtensions
{
    public static string AccountId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user is not signed in.");

    public static Role Role(this ClaimsPrincipal user) =>
        Enum.Parse<Role>(user.FindFirstValue(ClaimTypes.Role) ?? throw new InvalidOperationException("The user has no role."));

    public static Guid? VolunteerId(this ClaimsPrincipal user) => GuidClaim(user, VrClaimTypes.VolunteerId);

    public static Guid? OrganizationId(this ClaimsPrincipal user) => GuidClaim(user, VrClaimTypes.OrganizationId);

    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.AccountId(),
        user.Identity?.Name ?? "",
        user.Role(),
        user.FindFirstValue(VrClaimTypes.RegionCode),
        user.OrganizationId(),
        user.VolunteerId(),
        user.HasClaim(VrClaimTypes.CanUnmask, "true"),
        GuidClaim(user, VrClaimTypes.PersonalVolunteerId));

    private static Guid? GuidClaim(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var id) ? id : null;
}
