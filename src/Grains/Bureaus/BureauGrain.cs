using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Grains.Bureaus;

/// <summary>
/// A bureau's accounts. They live in the accounts table, which is the record; the grain serialises changes to one
/// bureau's accounts and checks who may make them. The account id is the operation id, so a retried form creates once.
/// </summary>
public sealed class BureauGrain(IAccountStore accounts, IRegionDirectory regions, GrainAudit audit, TimeProvider time) : Grain, IBureauGrain
{
    private string RegionCode => this.GetPrimaryKeyString();

    public async Task<string> CreateAccountAsync(CreateBureauAccount command, CommandContext context)
    {
        // Checked before the repeat: an operation id someone else picks learns nothing.
        if (!BureauRules.MayManage(context.Actor))
        {
            throw new DomainException(BureauErrors.NotAllowed, RegionCode);
        }

        var accountId = context.OperationId.ToString();
        if (await accounts.FindByIdAsync(accountId) is { } existing)
        {
            return existing.RegionCode == RegionCode ? accountId : throw new DomainException(BureauErrors.NotAllowed, RegionCode);
        }

        var region = await regions.FindAsync(RegionCode);
        if (region is null || !BureauRules.IsBureauRegion(region.Code, region.ParentCode))
        {
            throw new DomainException(BureauErrors.RegionInvalid, RegionCode);
        }

        var userName = command.UserName.Trim();
        var displayName = command.DisplayName.Trim();
        if (!OrganizationRules.IsStaffUserName(userName) || displayName.Length is 0 or > OrganizationRules.MaxContactNameLength)
        {
            throw new DomainException(BureauErrors.UserNameInvalid, RegionCode);
        }

        if (command.CanUnmask && !context.Actor.CanUnmask)
        {
            throw new DomainException(BureauErrors.CannotGrantUnmask, RegionCode);
        }

        var role = BureauRules.RoleFor(RegionCode);
        var created = await accounts.TryCreateAsync(AccountRecord.HandedOver(
            accountId, userName, displayName, command.PasswordHash, role, RegionCode, null, command.CanUnmask, time.GetUtcNow().UtcDateTime));
        if (!created)
        {
            throw new DomainException(BureauErrors.UserNameTaken, RegionCode);
        }

        await audit.RecordAsync(context, "bureau.account-created", "account", accountId, $"region={RegionCode}; role={role}; unmask={command.CanUnmask}");
        return accountId;
    }

    public async Task SetAccountDisabledAsync(string accountId, bool disabled, CommandContext context)
    {
        await RequireManagedAccountAsync(accountId, context);
        // A new security stamp comes with it: the account's open sessions end at their next check.
        await accounts.SetDisabledAsync(accountId, disabled);
        await audit.RecordAsync(context, disabled ? "bureau.account-disabled" : "bureau.account-enabled", "account", accountId, $"region={RegionCode}");
    }

    public async Task ResetAccountSecondFactorAsync(string accountId, CommandContext context)
    {
        await RequireManagedAccountAsync(accountId, context);
        await accounts.ResetSecondFactorAsync(accountId);
        await audit.RecordAsync(context, "bureau.account-second-factor-reset", "account", accountId, $"region={RegionCode}");
    }

    /// <summary>
    /// Only the city bureau changes a bureau account of this region, and never its own: the last way into the city's
    /// administration must not be closed from inside it, and a second factor is not removed by the hand it protects.
    /// </summary>
    private async Task RequireManagedAccountAsync(string accountId, CommandContext context)
    {
        if (!BureauRules.MayManage(context.Actor))
        {
            throw new DomainException(BureauErrors.NotAllowed, RegionCode);
        }

        var account = await accounts.FindByIdAsync(accountId);
        if (account is null || account.RegionCode != RegionCode || account.Role is not (Role.CityAdmin or Role.DistrictAdmin))
        {
            throw new DomainException(BureauErrors.AccountNotFound, RegionCode);
        }

        if (account.Id == context.Actor.AccountId)
        {
            throw new DomainException(BureauErrors.NotYourself, RegionCode);
        }
    }
}
