using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Grains.Training;

public sealed class TrainingGrain(
    [PersistentState("training", StorageNames.Records)] IPersistentState<TrainingState> state,
    ITrainingStore store,
    GrainAudit audit,
    TimeProvider time) : Grain, ITrainingGrain
{
    private string Key => this.GetPrimaryKey().ToString();

    public async Task<TrainingDetails> ScheduleAsync(ScheduleTraining command, CommandContext context)
    {
        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return Details();
        }

        if (state.State.Exists)
        {
            return state.State.CreatedByOperation == context.OperationId
                ? Details()
                : throw new DomainException(TrainingErrors.AlreadyExists, Key);
        }

        var name = command.Name.Trim();
        var content = command.Content.Trim();
        var provider = command.Provider.Trim();
        if (name.Length is 0 or > TrainingRules.MaxNameLength)
        {
            throw new DomainException(TrainingErrors.NameInvalid, Key);
        }

        if (content.Length > TrainingRules.MaxContentLength)
        {
            throw new DomainException(TrainingErrors.ContentTooLong, Key);
        }

        if (provider.Length is 0 or > TrainingRules.MaxNameLength)
        {
            throw new DomainException(TrainingErrors.ProviderInvalid, Key);
        }

        if (command.DurationMinutes is <= 0 or > TrainingRules.MaxDurationMinutes)
        {
            throw new DomainException(TrainingErrors.DurationInvalid, Key);
        }

        var topics = command.Topics.Distinct().Order().ToList();
        if (topics.Count == 0 || !topics.TrueForAll(Enum.IsDefined))
        {
            throw new DomainException(TrainingErrors.TopicsRequired, Key);
        }

        await RequireOrganizationAsync(command.OrganizationId, context.Actor, active: true);
        state.State.Exists = true;
        state.State.OrganizationId = command.OrganizationId;
        state.State.Name = name;
        state.State.Content = content;
        state.State.Provider = provider;
        state.State.HeldOn = command.HeldOn;
        state.State.DurationMinutes = command.DurationMinutes;
        state.State.Topics = topics;
        state.State.CreatedUtc = time.GetUtcNow().UtcDateTime;
        state.State.CreatedByOperation = context.OperationId;
        await GrainCommand.CommitAsync(
            state,
            LastChange.From(context, "training.scheduled", null, state.State.CreatedUtc, $"organization={command.OrganizationId}; minutes={command.DurationMinutes}"),
            PublishAsync);
        return Details();
    }

    /// <summary>The training's row and the audit line of its last change; safe to repeat.</summary>
    private async Task PublishAsync(LastChange change)
    {
        await ProjectAsync();
        await audit.RecordAsync(change, "training", Key);
    }

    public async Task<IReadOnlyList<TrainingAttendance>> ConfirmAttendanceAsync(IReadOnlyList<Guid> volunteers, ServiceProof proof, CommandContext context)
    {
        if (!state.State.Exists)
        {
            throw new DomainException(TrainingErrors.NotFound, Key);
        }

        await RequireOrganizationAsync(state.State.OrganizationId, context.Actor, active: false);
        if (state.State.HeldOn > ChinaTime.Today(time))
        {
            throw new DomainException(TrainingErrors.NotYetHeld, Key);
        }

        // A14: the training provider supplies the proof.
        var proofName = proof.Name.Trim();
        var note = string.IsNullOrWhiteSpace(proof.Note) ? null : proof.Note.Trim();
        if (proofName.Length is 0 or > TrainingRules.MaxNameLength || note?.Length > TrainingRules.MaxContentLength)
        {
            throw new DomainException(TrainingErrors.ProofRequired, Key);
        }

        var distinct = volunteers.Distinct().ToList();
        if (distinct.Count is 0 or > TrainingRules.MaxAttendeesPerList)
        {
            throw new DomainException(TrainingErrors.NoAttendees, Key);
        }

        var results = new List<TrainingAttendance>(distinct.Count);
        foreach (var volunteer in distinct)
        {
            results.Add(await ConfirmOneAsync(volunteer, proofName, note, context));
        }

        var confirmed = (await store.AttendeesAsync(Key)).Count;
        if (confirmed != state.State.Attendees)
        {
            state.State.Attendees = confirmed;
            await state.WriteStateAsync();
            await ProjectAsync();
        }

        return results;
    }

    public Task<TrainingDetails?> GetDetailsAsync() => Task.FromResult(state.State.Exists ? Details() : null);

    private async Task<TrainingAttendance> ConfirmOneAsync(Guid volunteer, string proofName, string? note, CommandContext context)
    {
        var standing = await GrainFactory.GetGrain<IVolunteerGrain>(volunteer).GetStandingAsync();
        if (!standing.IsRegistered || (await GrainFactory.Membership(volunteer, state.State.OrganizationId).GetAsync()).Status != MembershipStatus.Member)
        {
            return new TrainingAttendance(volunteer, false, TrainingErrors.NotMember);
        }

        if (standing.Status == VolunteerStatus.Revoked)
        {
            return new TrainingAttendance(volunteer, false, VolunteerErrors.Revoked);
        }

        var added = await store.ConfirmAsync(new TrainingRecord
        {
            Id = Guid.NewGuid().ToString(),
            TrainingId = Key,
            VolunteerId = volunteer.ToString(),
            OrganizationId = state.State.OrganizationId.ToString(),
            TrainingName = state.State.Name,
            Provider = state.State.Provider,
            HeldOn = state.State.HeldOn,
            Minutes = state.State.DurationMinutes,
            ProofName = proofName,
            ProofNote = note,
            ConfirmedByName = context.Actor.DisplayName,
            ConfirmedUtc = time.GetUtcNow().UtcDateTime,
        });
        if (added)
        {
            await audit.RecordAsync(context, "training.attendance-confirmed", "training", Key, $"volunteer={volunteer}");
        }

        return new TrainingAttendance(volunteer, true, null);
    }

    private async Task RequireOrganizationAsync(Guid organizationId, Actor actor, bool active)
    {
        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync()
            ?? throw new DomainException(OrganizationErrors.NotFound, organizationId.ToString());
        if (active && organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, organizationId.ToString());
        }

        if (!actor.ActsFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(TrainingErrors.NotAllowed, Key);
        }
    }

    private Task ProjectAsync() => store.UpsertAsync(new TrainingRow
    {
        Id = Key,
        OrganizationId = state.State.OrganizationId.ToString(),
        Name = state.State.Name,
        Provider = state.State.Provider,
        HeldOn = state.State.HeldOn,
        Minutes = state.State.DurationMinutes,
        Topics = string.Join(',', state.State.Topics),
        Attendees = state.State.Attendees,
        CreatedUtc = state.State.CreatedUtc,
    });

    private TrainingDetails Details() => new(
        this.GetPrimaryKey(), state.State.OrganizationId, state.State.Name, state.State.Content, state.State.Provider, state.State.HeldOn,
        state.State.DurationMinutes, [.. state.State.Topics], state.State.Attendees);
}
