using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Bureaus;

/// <summary>
/// The civil-affairs bureau of one region (A4, A11), keyed by its region code: the city's (210900) or a county's or
/// district's. It holds the bureau's accounts: the city bureau creates, disables and re-enables them.
/// </summary>
[Alias("vr.IBureauGrain")]
public interface IBureauGrain : IGrainWithStringKey
{
    /// <returns>The new account's id.</returns>
    [Alias("CreateAccount")]
    Task<string> CreateAccountAsync(CreateBureauAccount command, CommandContext context);

    [Alias("SetAccountDisabled")]
    Task SetAccountDisabledAsync(string accountId, bool disabled, CommandContext context);

    /// <summary>A bureau account lost its authenticator: the city bureau removes it, to be enrolled anew at next sign-in.</summary>
    [Alias("ResetAccountSecondFactor")]
    Task ResetAccountSecondFactorAsync(string accountId, CommandContext context);
}
