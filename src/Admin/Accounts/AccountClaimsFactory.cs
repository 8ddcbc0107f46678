using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Accounts;

/// <summary>What a signed-in account carries: who it is, its role and scope, and what it still has to do first.</summary>
public sealed class AccountClaimsFactory(IVolunteerDirectory volunteers, IOptions<SecurityOptions> security) : IUserClaimsPrincipalFactory<AccountRecord>
{
    public async Task<ClaimsPrincipal> CreateAsync(AccountRecord user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Role, user.Role.ToString()),
            new(VrClaimTypes.SecurityStamp, user.SecurityStamp),
        };
        AddIf(claims, VrClaimTypes.RegionCode, user.RegionCode);
        AddIf(claims, VrClaimTypes.OrganizationId, user.OrganizationId);
        AddIf(claims, VrClaimTypes.VolunteerId, user.VolunteerId);
        // A staff member's own volunteer record, looked up at each sign-in so one registered later is found too (A21).
        AddIf(claims, VrClaimTypes.PersonalVolunteerId, user.PersonalDocumentHash is { } hash ? await volunteers.FindByIdentifierAsync(hash) : null);
        AddIf(claims, VrClaimTypes.CanUnmask, user.CanUnmask ? "true" : null);
        AddIf(claims, VrClaimTypes.MustChangePassword, user.MustChangePassword ? "true" : null);
        AddIf(claims, VrClaimTypes.MustEnrolSecondFactor, MustEnrol(user) ? "true" : null);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    private bool MustEnrol(AccountRecord user) => security.Value.RequireSecondFactor && user.RequiresSecondFactor && !user.TwoFactorEnabled;

    private static void AddIf(List<Claim> claims, string type, string? value)
    {
        if (value is not null)
        {
            claims.Add(new Claim(type, value));
        }
    }
}
