using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Grains.Volunteers;

public sealed class VolunteerGrain(
    [PersistentState("volunteer", StorageNames.Records)] IPersistentState<VolunteerState> state,
    IVolunteerDirectory directory,
    IAccountStore accounts,
    IMembershipStore memberships,
    ISanctionStore sanctions,
    PersonalDataProtector personalData,
    GrainAudit audit,
    TimeProvider time) : Grain, IVolunteerGrain
{
    private Guid Id => this.GetPrimaryKey();

    private string Key => Id.ToString();

    /// <summary>A crash between the registration and her account leaves the account unopened: it is opened now.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.IsRegistered)
        {
            await OpenPendingAccountAsync();
        }
    }


    private bool IsSameRegistration(RegisterVolunteer command) =>
        state.State.IsRegistered
        && command.Channel == state.State.Channel
        && command.OrganizationId == state.State.RegisteredBy
        && IdDocuments.Check(command.DocumentType, command.DocumentNumber, ChinaTime.Today(time)) is { IsValid: true } document
        && document.Normalized == personalData.Unprotect(state.State.ProtectedDocumentNumber);

    public async Task<VolunteerProfile> RegisterAsync(RegisterVolunteer command, CommandContext context)
    {
        // A repeat finishes what the first post began, but only for the same person through the same door: the key
        // is a form field anyone can set, and the repeat may create her account or enrol her. A fresh form of hers
        // finishes it too while her account is still unopened: to her the first attempt failed.
        var unfinished = state.State.PendingAccount is not null && !state.State.Operations.Contains(context.OperationId);
        if ((state.State.Operations.Contains(context.OperationId) || unfinished) && IsSameRegistration(command))
        {
            await AuthorizeRegistrationAsync(command, context);
            if (unfinished)
            {
                // The password she typed last is the one she remembers.
                state.State.PendingAccount = new PendingAccount(command.PasswordHash, command.MustChangePassword);
            }

            await PublishRegistrationAsync(command, context);
            return await ProfileAsync();
        }

        if (state.State.IsRegistered)
        {
            throw new DomainException(VolunteerErrors.AlreadyRegistered, Key);
        }

        var today = ChinaTime.Today(time);
        var identity = RegistrationRules.Identity(command, today, Key);
        await RequireRegionAsync(command.ResidenceRegionCode);
        var phone = RegistrationRules.Phone(command.Phone, Key);
        var (skills, intentions) = await ValidateServiceProfileAsync(command.Skills, command.Intentions);
        var guardian = RegistrationRules.Guardian(command.Guardian, identity.BirthDate, today, Key);
        await AuthorizeRegistrationAsync(command, context);

        var documentHash = personalData.LookupHash(VolunteerRules.DocumentIdentifier, identity.DocumentNumber);
        var phoneHash = personalData.LookupHash(VolunteerRules.PhoneIdentifier, phone);
        switch (await directory.ClaimIdentifiersAsync(documentHash, phoneHash, Key))
        {
            case IdentifierClaim.DocumentTaken:
                throw new DomainException(VolunteerErrors.IdTaken, Key);
            case IdentifierClaim.PhoneTaken:
                throw new DomainException(VolunteerErrors.PhoneTaken, Key);
        }

        var serial = await directory.AllocateSerialAsync(Key);
        var now = time.GetUtcNow().UtcDateTime;
        state.State.IsRegistered = true;
        state.State.VolunteerNumber = VolunteerRules.VolunteerNumber(serial);
        state.State.Name = identity.Name;
        state.State.DocumentType = command.DocumentType;
        state.State.ProtectedDocumentNumber = personalData.Protect(identity.DocumentNumber);
        state.State.Sex = identity.Sex;
        state.State.BirthDate = identity.BirthDate;
        state.State.ResidenceRegionCode = command.ResidenceRegionCode;
        state.State.ProtectedPhone = personalData.Protect(phone);
        state.State.Skills = skills;
        state.State.Intentions = intentions;
        state.State.Guardian = guardian is null ? null : new GuardianState
        {
            Name = guardian.Name,
            Relation = guardian.Relation,
            ProtectedPhone = personalData.Protect(guardian.Phone),
            ProtectedIdNumber = personalData.Protect(guardian.IdNumber),
            ConsentDate = guardian.ConsentDate,
            ConsentsToDataProcessing = guardian.ConsentsToDataProcessing,
        };
        state.State.Status = VolunteerStatus.Registered;
        state.State.Channel = command.Channel;
        state.State.RegisteredBy = command.Channel == RegistrationChannel.Self ? null : command.OrganizationId;
        state.State.RegisteredUtc = now;
        state.State.LastChange = LastChange.From(context, "volunteer.registered", null, now, $"channel={command.Channel}");
        state.State.LastSanction = null;
        state.State.PendingAccount = new PendingAccount(command.PasswordHash, command.MustChangePassword);
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();

        await PublishRegistrationAsync(command, context);
        return await ProfileAsync();
    }

    public async Task<VolunteerProfile> UpdateContactAsync(UpdateVolunteerContact command, CommandContext context)
    {
        RequireRegistered();
        RequireSelf(context);
        if (await RepeatedAsync(context))
        {
            return await ProfileAsync();
        }

        await RequireRegionAsync(command.ResidenceRegionCode);
        var phone = RegistrationRules.Phone(command.Phone, Key);
        var (skills, intentions) = await ValidateServiceProfileAsync(command.Skills, command.Intentions);
        var oldPhone = personalData.Unprotect(state.State.ProtectedPhone);
        if (phone != oldPhone && !await directory.ClaimIdentifierAsync(personalData.LookupHash(VolunteerRules.PhoneIdentifier, phone), Key))
        {
            throw new DomainException(VolunteerErrors.PhoneTaken, Key);
        }

        state.State.ProtectedPhone = personalData.Protect(phone);
        state.State.ResidenceRegionCode = command.ResidenceRegionCode;
        state.State.Skills = skills;
        state.State.Intentions = intentions;
        await CommitAsync(context, "volunteer.contact-updated", null);
        if (phone != oldPhone)
        {
            await directory.ReleaseIdentifierAsync(personalData.LookupHash(VolunteerRules.PhoneIdentifier, oldPhone), Key);
        }

        return await ProfileAsync();
    }

    public async Task<VolunteerProfile> SetDisclosureConsentAsync(bool disclose, bool guardianAgrees, CommandContext context)
    {
        RequireRegistered();
        RequireSelf(context);
        if (await RepeatedAsync(context))
        {
            return await ProfileAsync();
        }

        var age = IdDocuments.AgeOn(state.State.BirthDate, ChinaTime.Today(time));
        if (disclose && VolunteerRules.GuardianDecidesDisclosure(age) && !guardianAgrees)
        {
            throw new DomainException(VolunteerErrors.GuardianMustDecide, Key);
        }

        var minor = age < VolunteerRules.AdultAge;
        state.State.DiscloseToThirdParties = disclose;
        state.State.DisclosureGuardianAgreed = disclose && minor && guardianAgrees;
        // Between 14 and 18 she decides and her guardian is told; the line names the guardian's part either way.
        var guardian = !minor ? null : guardianAgrees ? "guardian-agreed" : "guardian-to-be-told";
        await CommitAsync(context, disclose ? "volunteer.disclosure-granted" : "volunteer.disclosure-withdrawn", guardian);
        return await ProfileAsync();
    }

    public async Task ResetPasswordAsync(string passwordHash, CommandContext context)
    {
        RequireRegistered();
        if (!await InScopeAsync(context.Actor, administrator: true))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        // A staff member does not hand themselves a new volunteer password: a colleague checks who they are.
        ServiceRules.RequireNotOwnRecord(context.Actor, Id);
        await accounts.ResetPasswordAsync(Key, passwordHash);
        // Her identity was checked in person, which is more than a lost phone's recovery codes prove: an authenticator
        // she turned on is removed with the old password, and she may enrol it again.
        await accounts.ResetSecondFactorAsync(Key);
        await audit.RecordAsync(context, "volunteer.password-reset", "volunteer", Key);
    }

    public async Task<RevealedIdentifiers> RevealIdentifiersAsync(CommandContext context)
    {
        RequireRegistered();
        var self = context.Actor.IsVolunteer(Id);
        if (!self && !(context.Actor.CanUnmask && await InScopeAsync(context.Actor, administrator: false)))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        // The audit supervises staff who look at someone else's numbers; she reading her own is no one's business.
        if (!self)
        {
            await audit.RecordAsync(context, "volunteer.identifiers-revealed", "volunteer", Key);
        }

        var guardian = state.State.Guardian;
        return new RevealedIdentifiers(
            personalData.Unprotect(state.State.ProtectedDocumentNumber),
            personalData.Unprotect(state.State.ProtectedPhone),
            guardian is null ? null : personalData.Unprotect(guardian.ProtectedPhone),
            guardian is null ? null : personalData.Unprotect(guardian.ProtectedIdNumber));
    }

    public async Task<VolunteerProfile> SanctionAsync(SanctionKind kind, string reason, Guid? organizationId, CommandContext context)
    {
        RequireRegistered();
        // A repeat answers her profile: only to someone who may sanction her at all.
        if (!await InScopeAsync(context.Actor, administrator: true))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        if (await RepeatedAsync(context))
        {
            return await ProfileAsync();
        }

        var why = SanctionRules.Reason(reason, Key);
        var bureau = context.Actor.IsBureau;
        var administers = !bureau && await OrganizationAdministersAsync(context.Actor, organizationId);
        (state.State.Status, state.State.Warnings) = SanctionRules.Apply(kind, state.State.Status, state.State.Warnings, bureau, administers, Key);
        state.State.LastSanction = kind;
        state.State.LastSanctionOrganization = bureau ? null : organizationId;
        await CommitAsync(context, "volunteer.sanction-" + kind.ToString().ToLowerInvariant(), why, keepSanction: true);
        return await ProfileAsync();
    }

    public async Task<VolunteerProfile?> ViewProfileAsync(Actor viewer) =>
        state.State.IsRegistered && (viewer.IsVolunteer(Id) || await InScopeAsync(viewer, administrator: false)) ? await ProfileAsync() : null;

    public async Task<VolunteerProfile?> GetProfileAsync() => state.State.IsRegistered ? await ProfileAsync() : null;

    public Task<bool> IsInScopeAsync(Actor actor, bool administrator) =>
        state.State.IsRegistered ? InScopeAsync(actor, administrator) : Task.FromResult(false);

    public Task<VolunteerStanding> GetStandingAsync() => Task.FromResult(state.State.IsRegistered
        ? new VolunteerStanding(true, state.State.Status, state.State.BirthDate, state.State.Guardian is not null, state.State.ResidenceRegionCode, state.State.RegisteredBy)
        : new VolunteerStanding(false, VolunteerStatus.Registered, null, false, null));

    private async Task AuthorizeRegistrationAsync(RegisterVolunteer command, CommandContext context)
    {
        if (command.Channel == RegistrationChannel.Self)
        {
            RequireSelf(context);
            return;
        }

        if (command.OrganizationId is not { } organizationId)
        {
            throw new DomainException(VolunteerErrors.OrganizationRequired, Key);
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync()
            ?? throw new DomainException(OrganizationErrors.NotFound, organizationId.ToString());
        if (organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, organizationId.ToString());
        }

        if (!context.Actor.ActsFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        // A12.2: the organization registers the person on the spot, with their agreement on record.
        if (!command.PersonConsented)
        {
            throw new DomainException(VolunteerErrors.PersonConsentRequired, Key);
        }
    }

    private async Task PublishRegistrationAsync(RegisterVolunteer command, CommandContext context)
    {
        await OpenPendingAccountAsync();
        await PublishAsync();
        if (command.Channel != RegistrationChannel.Self && command.OrganizationId is { } organizationId)
        {
            await GrainFactory.Membership(Id, organizationId).EnrolAsync(command.Channel.ToString(), context);
        }
    }

    private async Task OpenPendingAccountAsync()
    {
        if (state.State.PendingAccount is not { } pending)
        {
            return;
        }

        // Opening it twice does nothing the second time (the row is keyed by her id), so a repair may always try.
        await accounts.TryCreateAsync(pending.ToAccount(Key, state.State.VolunteerNumber, state.State.RegisteredUtc));
        state.State.PendingAccount = null;
        await state.WriteStateAsync();
    }

    private Task<bool> RepeatedAsync(CommandContext context) => GrainCommand.IsRepeatAsync(state, context, _ => PublishAsync());

    private Task CommitAsync(CommandContext context, string @event, string? reason, bool keepSanction = false)
    {
        if (!keepSanction)
        {
            state.State.LastSanction = null;
        }

        return GrainCommand.CommitAsync(state, LastChange.From(context, @event, reason, time.GetUtcNow().UtcDateTime), _ => PublishAsync());
    }

    /// <summary>Brings the projection, the sanction history and the audit log up to the state; safe to repeat.</summary>
    private async Task PublishAsync()
    {
        await directory.UpsertAsync(new VolunteerRow
        {
            Id = Key,
            VolunteerNumber = state.State.VolunteerNumber,
            DisplayName = state.State.Name,
            Status = state.State.Status.ToString(),
            RegisteredUtc = state.State.RegisteredUtc,
            ResidenceRegion = state.State.ResidenceRegionCode,
            Sex = state.State.Sex.ToString(),
            BirthDate = state.State.BirthDate,
            Channel = state.State.Channel.ToString(),
        });
        if (state.State.LastChange is not { } change)
        {
            return;
        }

        if (state.State.LastSanction is { } kind)
        {
            await sanctions.AppendAsync(SanctionRules.Record(change, Key, kind, state.State.LastSanctionOrganization));
        }

        await audit.RecordAsync(change, "volunteer", Key);
    }

    /// <summary>
    /// An organization sees its own members; a bureau sees the volunteers living in its region and the members of
    /// organizations in it (A4, A11, A21).
    /// </summary>
    private async Task<bool> InScopeAsync(Actor actor, bool administrator)
    {
        if (actor.IsBureau)
        {
            if (actor.OverseesRegion(state.State.ResidenceRegionCode))
            {
                return true;
            }

            var joined = await memberships.ListForVolunteerAsync(Key);
            return joined.Any(m => m.Status == MembershipStatus.Member && m.OrganizationRegion is { } region && actor.OverseesRegion(region));
        }

        return administrator
            ? await OrganizationAdministersAsync(actor, actor.OrganizationId)
            : await IsStaffOfMemberOrganizationAsync(actor, actor.OrganizationId);
    }

    private async Task<bool> IsStaffOfMemberOrganizationAsync(Actor actor, Guid? organizationId) =>
        actor.Role is Role.OrganizationAdmin or Role.Recorder
        && organizationId is { } organization
        && actor.OrganizationId == organization
        && (await GrainFactory.Membership(Id, organization).GetAsync()).Status == MembershipStatus.Member;

    private async Task<bool> OrganizationAdministersAsync(Actor actor, Guid? organizationId) =>
        actor.Role == Role.OrganizationAdmin && await IsStaffOfMemberOrganizationAsync(actor, organizationId);

    private void RequireRegistered()
    {
        if (!state.State.IsRegistered)
        {
            throw new DomainException(VolunteerErrors.NotRegistered, Key);
        }
    }

    private void RequireSelf(CommandContext context)
    {
        if (!context.Actor.IsVolunteer(Id))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }
    }

    private async Task RequireRegionAsync(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || !(await GrainFactory.GetGrain<IRegionTreeGrain>(0).ListAsync()).Any(r => r.Code == code))
        {
            throw new DomainException(VolunteerErrors.ResidenceUnknown, Key);
        }
    }

    private async Task<(string Skills, List<string> Intentions)> ValidateServiceProfileAsync(string skills, IReadOnlyList<string> intentions)
    {
        var cleanSkills = RegistrationRules.Skills(skills, Key);
        if (!await GrainFactory.GetGrain<ICategoryCatalogGrain>(0).AreListedAsync(intentions))
        {
            throw new DomainException(VolunteerErrors.IntentionInvalid, Key);
        }

        return (cleanSkills, [.. intentions.Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>Her identity and standing from this grain, her total from her record book, her star from her star grain.</summary>
    private async Task<VolunteerProfile> ProfileAsync()
    {
        var totals = await GrainFactory.GetGrain<IRecordBookGrain>(Id).GetTotalsAsync();
        var star = await GrainFactory.GetGrain<IStarGrain>(Id).GetStandingAsync(totals.CertifiedMinutes, state.State.Status == VolunteerStatus.Revoked);
        return state.State.ToProfile(Id, personalData, totals, star, ChinaTime.Today(time));
    }
}
