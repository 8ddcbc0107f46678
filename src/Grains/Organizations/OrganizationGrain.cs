using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Honours;
using VolunteerRecords.Storage.Organizations;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Grains.Organizations;

public sealed class OrganizationGrain(
    [PersistentState("organization", StorageNames.Records)] IPersistentState<OrganizationState> state,
    IRegionDirectory regions,
    IOrganizationReadModel readModel,
    IAccountStore accounts,
    IHonourStore honours,
    PersonalDataProtector personalData,
    GrainAudit audit,
    TimeProvider time) : Grain, IOrganizationGrain
{
    private string Key => this.GetPrimaryKey().ToString();

    public async Task<OrganizationProfile> RegisterAsync(RegisterOrganization command, CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return ToProfile();
        }

        if (state.State.IsRegistered)
        {
            throw new DomainException(OrganizationErrors.AlreadyRegistered, Key);
        }

        var name = RequireName(command.Name);
        if (!Enum.IsDefined(command.Kind))
        {
            throw new DomainException(OrganizationErrors.KindInvalid, Key);
        }

        if (await regions.FindAsync(command.RegionCode) is null)
        {
            throw new DomainException(OrganizationErrors.RegionUnknown, Key);
        }

        // A bureau registers organizations in its own region only (A4, A11).
        if (!context.Actor.OverseesRegion(command.RegionCode))
        {
            throw new DomainException(OrganizationErrors.OutsideActorRegion, Key);
        }

        var (contactName, contactPhone) = RequireContact(command.ContactName, command.ContactPhone);
        var creditCode = await ClaimCreditCodeAsync(command.CreditCode);

        state.State.IsRegistered = true;
        state.State.Name = name;
        state.State.Kind = command.Kind;
        state.State.RegionCode = command.RegionCode;
        state.State.Status = OrganizationStatus.Active;
        state.State.RegisteredUtc = time.GetUtcNow().UtcDateTime;
        state.State.CreditCode = creditCode;
        state.State.ContactName = contactName;
        state.State.ContactPhone = contactPhone;
        await CommitAsync(context, "organization.registered", $"kind={command.Kind}; region={command.RegionCode}");
        return ToProfile();
    }

    public async Task<OrganizationProfile> UpdateAsync(UpdateOrganization command, CommandContext context)
    {
        RequireRegistered();
        if (await RepeatedAsync(context))
        {
            return ToProfile();
        }

        if (!context.Actor.AdministersFor(this.GetPrimaryKey(), state.State.RegionCode))
        {
            throw new DomainException(OrganizationErrors.NotAllowed, Key);
        }

        var name = RequireName(command.Name);
        var (contactName, contactPhone) = RequireContact(command.ContactName, command.ContactPhone);
        var creditCode = await ClaimCreditCodeAsync(command.CreditCode);
        state.State.Name = name;
        state.State.CreditCode = creditCode;
        state.State.ContactName = contactName;
        state.State.ContactPhone = contactPhone;
        await CommitAsync(context, "organization.updated", null);
        return ToProfile();
    }

    public async Task CommendAsync(Guid? projectId, string title, DateOnly grantedOn, string grantingBody, CommandContext context)
    {
        RequireRegistered();
        if (!context.Actor.OverseesRegion(state.State.RegionCode))
        {
            throw new DomainException(OrganizationErrors.NotAllowed, Key);
        }

        var (cleanTitle, body) = RecordRules.Commendation(title, grantingBody, grantedOn, ChinaTime.Today(time), Key);

        await honours.AddAsync(new HonourRow
        {
            Id = context.OperationId.ToString(),
            SubjectKind = projectId is null ? "Organization" : "Project",
            SubjectId = projectId?.ToString() ?? Key,
            OrganizationId = Key,
            Title = cleanTitle,
            GrantedOn = grantedOn,
            GrantingBody = body,
            RecordedByName = context.Actor.DisplayName,
            RecordedUtc = time.GetUtcNow().UtcDateTime,
        });
        await audit.RecordAsync(context, projectId is null ? "organization.commended" : "project.commended", projectId is null ? "organization" : "project", projectId?.ToString() ?? Key);
    }

    public async Task<OrganizationProfile> SetStatusAsync(OrganizationStatus status, string reason, CommandContext context)
    {
        RequireRegistered();
        if (await RepeatedAsync(context))
        {
            return ToProfile();
        }

        if (!context.Actor.OverseesRegion(state.State.RegionCode))
        {
            throw new DomainException(OrganizationErrors.NotAllowed, Key);
        }

        var why = reason.Trim();
        if (why.Length is 0 or > OrganizationRules.MaxReasonLength)
        {
            throw new DomainException(OrganizationErrors.ReasonRequired, Key);
        }

        if (!Enum.IsDefined(status) || status == state.State.Status)
        {
            throw new DomainException(OrganizationErrors.StatusUnchanged, Key);
        }

        // Deregistration (注销) is final: an organization registered again is a new one, with a new record.
        if (state.State.Status == OrganizationStatus.Deregistered)
        {
            throw new DomainException(OrganizationErrors.Deregistered, Key);
        }

        state.State.Status = status;
        state.State.StatusReason = why;
        await CommitAsync(context, status switch
        {
            OrganizationStatus.Suspended => "organization.suspended",
            OrganizationStatus.Deregistered => "organization.deregistered",
            _ => "organization.reactivated",
        }, null);
        return ToProfile();
    }

    public async Task<string> CreateStaffAccountAsync(CreateStaffAccount command, CommandContext context)
    {
        RequireRegistered();
        if (!context.Actor.AdministersFor(this.GetPrimaryKey(), state.State.RegionCode))
        {
            throw new DomainException(OrganizationErrors.NotAllowed, Key);
        }

        if (command.Role is not (Role.OrganizationAdmin or Role.Recorder))
        {
            throw new DomainException(OrganizationErrors.StaffRoleInvalid, Key);
        }

        // Nobody grants what they do not hold: revealing ID numbers is given only by someone who may reveal them.
        if (command.CanUnmask && !context.Actor.CanUnmask)
        {
            throw new DomainException(OrganizationErrors.CannotGrantUnmask, Key);
        }

        var userName = command.UserName.Trim();
        var displayName = command.DisplayName.Trim();
        if (!OrganizationRules.IsStaffUserName(userName) || displayName.Length is 0 or > OrganizationRules.MaxContactNameLength)
        {
            throw new DomainException(OrganizationErrors.StaffUserNameInvalid, Key);
        }

        string? personalHash = null;
        if (!string.IsNullOrWhiteSpace(command.IdNumber))
        {
            var document = IdDocuments.Check(IdDocumentType.ResidentIdCard, command.IdNumber, ChinaTime.Today(time));
            personalHash = document.IsValid
                ? personalData.LookupHash(VolunteerRules.DocumentIdentifier, document.Normalized)
                : throw new DomainException(document.ErrorCode!, Key);
        }

        // The account id is the operation id: a retried form creates the account once.
        var accountId = context.OperationId.ToString();
        var existing = await accounts.FindByIdAsync(accountId);
        if (existing is null)
        {
            var created = await accounts.TryCreateAsync(AccountRecord.HandedOver(
                accountId, userName, displayName, command.PasswordHash, command.Role, state.State.RegionCode, Key, command.CanUnmask, time.GetUtcNow().UtcDateTime, personalHash));
            if (!created)
            {
                throw new DomainException(OrganizationErrors.StaffUserNameTaken, Key);
            }
        }

        await audit.RecordAsync(context, "organization.staff-created", "account", accountId, $"organization={Key}; role={command.Role}; unmask={command.CanUnmask}");
        return accountId;
    }

    public async Task SetStaffDisabledAsync(string accountId, bool disabled, CommandContext context)
    {
        RequireRegistered();
        if (!context.Actor.AdministersFor(this.GetPrimaryKey(), state.State.RegionCode))
        {
            throw new DomainException(OrganizationErrors.NotAllowed, Key);
        }

        var account = await accounts.FindByIdAsync(accountId);
        if (account is null || account.OrganizationId != Key || account.Role is not (Role.OrganizationAdmin or Role.Recorder))
        {
            throw new DomainException(OrganizationErrors.StaffNotFound, Key);
        }

        await accounts.SetDisabledAsync(accountId, disabled);
        await audit.RecordAsync(context, disabled ? "organization.staff-disabled" : "organization.staff-enabled", "account", accountId, $"organization={Key}");
    }

    public async Task ResetStaffPasswordAsync(string accountId, string passwordHash, CommandContext context)
    {
        RequireRegistered();
        if (!context.Actor.AdministersFor(this.GetPrimaryKey(), state.State.RegionCode))
        {
            throw new DomainException(OrganizationErrors.NotAllowed, Key);
        }

        var account = await accounts.FindByIdAsync(accountId);
        if (account is null || account.OrganizationId != Key || account.Role is not (Role.OrganizationAdmin or Role.Recorder) || account.Id == context.Actor.AccountId)
        {
            throw new DomainException(OrganizationErrors.StaffNotFound, Key);
        }

        await accounts.ResetPasswordAsync(accountId, passwordHash);
        await audit.RecordAsync(context, "organization.staff-password-reset", "account", accountId, $"organization={Key}");
    }

    public async Task ResetStaffSecondFactorAsync(string accountId, CommandContext context)
    {
        RequireRegistered();
        // The bureau, not the organization's own admin: an admin who could remove a colleague's second factor could
        // also take over the colleague's account with a password reset.
        if (!context.Actor.IsBureau || !context.Actor.OverseesRegion(state.State.RegionCode))
        {
            throw new DomainException(OrganizationErrors.NotAllowed, Key);
        }

        var account = await accounts.FindByIdAsync(accountId);
        if (account is null || account.OrganizationId != Key || account.Role is not (Role.OrganizationAdmin or Role.Recorder))
        {
            throw new DomainException(OrganizationErrors.StaffNotFound, Key);
        }

        await accounts.ResetSecondFactorAsync(accountId);
        await audit.RecordAsync(context, "organization.staff-second-factor-reset", "account", accountId, $"organization={Key}");
    }

    public Task<OrganizationProfile?> GetProfileAsync() =>
        Task.FromResult(state.State.IsRegistered ? ToProfile() : null);

    private async Task<string?> ClaimCreditCodeAsync(string? code)
    {
        var creditCode = string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
        if (creditCode is null || creditCode == state.State.CreditCode)
        {
            return creditCode;
        }

        if (!UnifiedSocialCreditCode.IsValid(creditCode))
        {
            throw new DomainException(OrganizationErrors.CreditCodeInvalid, Key);
        }

        return await readModel.ClaimCreditCodeAsync(creditCode, Key)
            ? creditCode
            : throw new DomainException(OrganizationErrors.CreditCodeTaken, Key);
    }

    private string RequireName(string value)
    {
        var name = value.Trim();
        return name.Length is 0 or > OrganizationRules.MaxNameLength ? throw new DomainException(OrganizationErrors.NameInvalid, Key) : name;
    }

    private (string Name, string Phone) RequireContact(string name, string phone)
    {
        var contactName = name.Trim();
        var contactPhone = phone.Trim();
        if (contactName.Length > OrganizationRules.MaxContactNameLength || (contactPhone.Length > 0 && !OrganizationRules.IsContactPhone(contactPhone)))
        {
            throw new DomainException(OrganizationErrors.ContactInvalid, Key);
        }

        return (contactName, contactPhone);
    }

    private void RequireRegistered()
    {
        if (!state.State.IsRegistered)
        {
            throw new DomainException(OrganizationErrors.NotFound, Key);
        }
    }

    private Task<bool> RepeatedAsync(CommandContext context) => GrainCommand.IsRepeatAsync(state, context, _ => PublishAsync());

    private Task CommitAsync(CommandContext context, string @event, string? detail) =>
        GrainCommand.CommitAsync(state, LastChange.From(context, @event, null, time.GetUtcNow().UtcDateTime, detail), _ => PublishAsync());

    /// <summary>Brings the list projection and the audit log up to the state; safe to repeat.</summary>
    private async Task PublishAsync()
    {
        var change = state.State.LastChange!;
        await readModel.UpsertAsync(new OrganizationRow
        {
            Id = Key,
            Name = state.State.Name,
            Kind = state.State.Kind.ToString(),
            RegionCode = state.State.RegionCode,
            Status = state.State.Status,
            CreditCode = state.State.CreditCode,
            CreatedUtc = state.State.RegisteredUtc,
            UpdatedUtc = change.AtUtc,
        });
        await audit.RecordAsync(change, "organization", Key);
    }

    private OrganizationProfile ToProfile() => new(
        this.GetPrimaryKey(),
        state.State.Name,
        state.State.Kind,
        state.State.RegionCode,
        state.State.Status,
        state.State.RegisteredUtc,
        state.State.CreditCode,
        state.State.ContactName,
        state.State.ContactPhone,
        state.State.StatusReason);
}
