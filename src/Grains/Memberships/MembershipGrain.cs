using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Corrections;
using VolunteerRecords.Storage.Memberships;

namespace VolunteerRecords.Grains.Memberships;

public sealed class MembershipGrain(
    [PersistentState("membership", StorageNames.Records)] IPersistentState<MembershipState> state,
    IMembershipStore store,
    ICorrectionRequestStore corrections,
    GrainAudit audit,
    TimeProvider time) : Grain, IMembershipGrain
{
    private Guid VolunteerId => this.GetPrimaryKey(out _);

    private Guid OrganizationId
    {
        get
        {
            this.GetPrimaryKey(out var organization);
            return Guid.Parse(organization!);
        }
    }

    private string Subject => $"{VolunteerId}/{OrganizationId}";

    public async Task<MembershipInfo> ApplyAsync(CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return Info();
        }

        if (!context.Actor.IsVolunteer(VolunteerId))
        {
            throw new DomainException(MembershipErrors.NotAllowed, Subject);
        }

        await RequireActiveVolunteerAsync();
        await RequireActiveOrganizationAsync();
        switch (state.State.Status)
        {
            case MembershipStatus.Member:
                throw new DomainException(MembershipErrors.AlreadyMember, Subject);
            case MembershipStatus.Pending:
                throw new DomainException(MembershipErrors.AlreadyPending, Subject);
        }

        return await ChangeAsync(context, MembershipStatus.Pending, MembershipEvents.Applied, null, share: false);
    }

    public async Task RequestProfileCorrectionAsync(CorrectionField field, string message, CommandContext context)
    {
        var text = message.Trim();
        if (!Enum.IsDefined(field) || text.Length is 0 or > VolunteerRules.MaxReasonLength)
        {
            throw new DomainException(VolunteerErrors.CorrectionInvalid, Subject);
        }

        if (context.Actor.Role is not (Role.OrganizationAdmin or Role.Recorder) || context.Actor.OrganizationId != OrganizationId
            || state.State.Status != MembershipStatus.Member)
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Subject);
        }

        // The request is a row keyed by the operation id: a retry adds nothing.
        await corrections.AddAsync(new CorrectionRequest
        {
            Id = context.OperationId.ToString(),
            VolunteerId = VolunteerId.ToString(),
            OrganizationId = OrganizationId.ToString(),
            Field = field.ToString(),
            Message = text,
            RequestedByName = context.Actor.DisplayName,
            RequestedUtc = time.GetUtcNow().UtcDateTime,
        });
        await audit.RecordAsync(context, "volunteer.correction-requested", "volunteer", VolunteerId.ToString(), $"field={field}; organization={OrganizationId}");
    }

    public async Task ResolveProfileCorrectionAsync(Guid requestId, CommandContext context)
    {
        if (!context.Actor.IsVolunteer(VolunteerId))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Subject);
        }

        if (!await corrections.ResolveAsync(requestId.ToString(), VolunteerId.ToString(), OrganizationId.ToString(), time.GetUtcNow().UtcDateTime))
        {
            throw new DomainException(VolunteerErrors.CorrectionNotFound, Subject);
        }

        await audit.RecordAsync(context, "volunteer.correction-resolved", "volunteer", VolunteerId.ToString(), $"request={requestId}");
    }

    public async Task<MembershipInfo> ConfirmAsync(CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return Info();
        }

        var organization = await RequireActiveOrganizationAsync();
        RequireStaff(context, organization);
        if (state.State.Status != MembershipStatus.Pending)
        {
            throw new DomainException(MembershipErrors.NotPending, Subject);
        }

        await RequireActiveVolunteerAsync();
        return await ChangeAsync(context, MembershipStatus.Member, MembershipEvents.Confirmed, null, share: false);
    }

    public async Task<MembershipInfo> DeclineAsync(string reason, CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return Info();
        }

        var organization = await RequireOrganizationAsync();
        RequireStaff(context, organization);
        if (state.State.Status != MembershipStatus.Pending)
        {
            throw new DomainException(MembershipErrors.NotPending, Subject);
        }

        var why = reason.Trim();
        if (why.Length is 0 or > MembershipRules.MaxReasonLength)
        {
            throw new DomainException(MembershipErrors.ReasonRequired, Subject);
        }

        return await ChangeAsync(context, MembershipStatus.Declined, MembershipEvents.Declined, why, share: false);
    }

    public async Task<MembershipInfo> EnrolAsync(string channel, CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return Info();
        }

        var organization = await RequireActiveOrganizationAsync();
        RequireStaff(context, organization);
        var standing = await RequireActiveVolunteerAsync();
        if (state.State.Status == MembershipStatus.Member)
        {
            throw new DomainException(MembershipErrors.AlreadyMember, Subject);
        }

        // Enrolling someone another way registered would hand her record over without her word (A5.6, A23).
        if (!MembershipRules.MayEnrolDirectly(standing, OrganizationId, state.State.Status))
        {
            throw new DomainException(MembershipErrors.InvitationRequired, Subject);
        }

        return await ChangeAsync(context, MembershipStatus.Member, MembershipEvents.Enrolled, channel, share: false);
    }

    public async Task<MembershipInfo> InviteAsync(string channel, CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return Info();
        }

        var organization = await RequireActiveOrganizationAsync();
        RequireStaff(context, organization);
        await RequireActiveVolunteerAsync();
        switch (state.State.Status)
        {
            case MembershipStatus.Member:
                throw new DomainException(MembershipErrors.AlreadyMember, Subject);
            case MembershipStatus.Invited:
                throw new DomainException(MembershipErrors.AlreadyInvited, Subject);
            case MembershipStatus.Pending:
                throw new DomainException(MembershipErrors.AlreadyPending, Subject);
        }

        return await ChangeAsync(context, MembershipStatus.Invited, MembershipEvents.Invited, channel, share: false);
    }

    public async Task<MembershipInfo> AnswerInvitationAsync(bool accept, bool guardianAgrees, CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return Info();
        }

        if (!context.Actor.IsVolunteer(VolunteerId))
        {
            throw new DomainException(MembershipErrors.NotAllowed, Subject);
        }

        if (state.State.Status != MembershipStatus.Invited)
        {
            throw new DomainException(MembershipErrors.NotInvited, Subject);
        }

        if (!accept)
        {
            return await ChangeAsync(context, MembershipStatus.InvitationDeclined, MembershipEvents.InvitationDeclined, null, share: false);
        }

        await RequireActiveOrganizationAsync();
        var standing = await RequireActiveVolunteerAsync();
        if (MembershipRules.GuardianDecides(standing, ChinaTime.Today(time)) && !guardianAgrees)
        {
            throw new DomainException(MembershipErrors.GuardianMustAccept, Subject);
        }

        return await ChangeAsync(context, MembershipStatus.Member, MembershipEvents.InvitationAccepted, guardianAgrees ? "guardian" : null, share: false);
    }

    public async Task<MembershipInfo> LeaveAsync(CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return Info();
        }

        if (!context.Actor.IsVolunteer(VolunteerId))
        {
            throw new DomainException(MembershipErrors.NotAllowed, Subject);
        }

        if (state.State.Status is not (MembershipStatus.Member or MembershipStatus.Pending))
        {
            throw new DomainException(MembershipErrors.NotMember, Subject);
        }

        // Leaving ends sharing with the organization too: consent given as a member does not outlive membership.
        return await ChangeAsync(context, MembershipStatus.Left, MembershipEvents.Left, null, share: false);
    }

    public async Task<MembershipInfo> SetSharingAsync(bool share, CommandContext context)
    {
        if (await RepeatedAsync(context))
        {
            return Info();
        }

        if (!context.Actor.IsVolunteer(VolunteerId))
        {
            throw new DomainException(MembershipErrors.NotAllowed, Subject);
        }

        if (state.State.Status != MembershipStatus.Member)
        {
            throw new DomainException(MembershipErrors.NotMember, Subject);
        }

        if (state.State.ShareRecords == share)
        {
            return Info();
        }

        var @event = share ? MembershipEvents.SharingGranted : MembershipEvents.SharingWithdrawn;
        return await ChangeAsync(context, MembershipStatus.Member, @event, null, share, keepSince: true);
    }

    public Task<MembershipInfo> GetAsync() => Task.FromResult(Info());

    private async Task<MembershipInfo> ChangeAsync(CommandContext context, MembershipStatus status, string @event, string? reason, bool share, bool keepSince = false)
    {
        var now = time.GetUtcNow().UtcDateTime;
        state.State.Status = status;
        state.State.SinceUtc = keepSince ? state.State.SinceUtc : now;
        state.State.ShareRecords = share;
        await GrainCommand.CommitAsync(
            state, LastChange.From(context, @event, reason, now, $"volunteer={VolunteerId}; organization={OrganizationId}"), _ => PublishAsync());
        return Info();
    }

    /// <summary>
    /// A repeated command re-publishes what the first one recorded and changes nothing else. It answers only the
    /// volunteer or someone who acts for the organization: an operation id someone else picks learns nothing.
    /// </summary>
    private async Task<bool> RepeatedAsync(CommandContext context)
    {
        if (!state.State.Operations.Contains(context.OperationId))
        {
            return false;
        }

        if (!context.Actor.IsVolunteer(VolunteerId))
        {
            RequireStaff(context, await RequireOrganizationAsync());
        }

        return await GrainCommand.IsRepeatAsync(state, context, _ => PublishAsync());
    }

    private async Task PublishAsync()
    {
        var change = state.State.LastChange!;
        await store.RecordAsync(
            new MembershipRow
            {
                VolunteerId = VolunteerId.ToString(),
                OrganizationId = OrganizationId.ToString(),
                Status = state.State.Status,
                StatusSinceUtc = state.State.SinceUtc ?? change.AtUtc,
                ShareRecords = state.State.ShareRecords,
            },
            new MembershipEvent
            {
                OperationId = change.OperationId.ToString(),
                VolunteerId = VolunteerId.ToString(),
                OrganizationId = OrganizationId.ToString(),
                Event = change.Event,
                Reason = change.Reason,
                ActorId = change.ActorId,
                ActorName = change.ActorName,
                AtUtc = change.AtUtc,
            });
        await audit.RecordAsync(change, "membership", Subject);
    }

    private void RequireStaff(CommandContext context, OrganizationProfile organization)
    {
        if (!context.Actor.ActsFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(MembershipErrors.NotAllowed, Subject);
        }
    }

    private async Task<OrganizationProfile> RequireOrganizationAsync() =>
        await GrainFactory.GetGrain<IOrganizationGrain>(OrganizationId).GetProfileAsync()
        ?? throw new DomainException(OrganizationErrors.NotFound, OrganizationId.ToString());

    private async Task<OrganizationProfile> RequireActiveOrganizationAsync()
    {
        var organization = await RequireOrganizationAsync();
        return organization.Status == OrganizationStatus.Active
            ? organization
            : throw new DomainException(OrganizationErrors.NotActive, OrganizationId.ToString());
    }

    private async Task<VolunteerStanding> RequireActiveVolunteerAsync()
    {
        var standing = await GrainFactory.GetGrain<IVolunteerGrain>(VolunteerId).GetStandingAsync();
        if (!standing.IsRegistered)
        {
            throw new DomainException(VolunteerErrors.NotRegistered, VolunteerId.ToString());
        }

        if (standing.Status == VolunteerStatus.Revoked)
        {
            throw new DomainException(VolunteerErrors.Revoked, VolunteerId.ToString());
        }

        return standing;
    }

    private MembershipInfo Info() => new(VolunteerId, OrganizationId, state.State.Status, state.State.SinceUtc, state.State.ShareRecords);
}
