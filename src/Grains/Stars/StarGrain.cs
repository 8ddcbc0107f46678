using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Stars;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Grains.Stars;

/// <summary>Keeps her level, her open application and an owed review; every step is also a row of her star history.</summary>
public sealed class StarGrain(
    [PersistentState("star", StorageNames.Records)] IPersistentState<StarState> state,
    IStarHistory history,
    IVolunteerDirectory directory,
    StarRules rules,
    GrainAudit audit,
    TimeProvider time) : Grain, IStarGrain
{
    private Guid Id => this.GetPrimaryKey();

    private string Key => Id.ToString();

    /// <summary>
    /// A star kept before this grain existed is in her history of steps, which was always written with it; an owed
    /// review's step is written again in case a crash came between the state and the row.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists)
        {
            var steps = await history.ForVolunteerAsync(Key, cancellationToken);
            if (steps.Count > 0)
            {
                state.State.Facts = StarHistoryFold.Of(steps.Reverse());
                await state.WriteStateAsync(cancellationToken);
            }
        }

        if (state.State is { Facts.ReviewDue: true, FlaggedAtSeq: { } seq })
        {
            await AppendFlagAsync(seq);
        }
    }

    public async Task<VolunteerProfile> ApplyAsync(int level, CommandContext context)
    {
        var standing = await GrainFactory.GetGrain<IVolunteerGrain>(Id).RequireRegisteredAsync();
        if (!context.Actor.IsVolunteer(Id))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        if (!await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            var facts = rules.Apply(state.State.Facts, level, await MinutesAsync(), standing.Status == VolunteerStatus.Revoked, Key);
            await StepAsync(context, facts, StarEventKind.Applied, level, "volunteer.star-applied", null);
        }

        return await ProfileAsync();
    }

    public async Task<VolunteerProfile> DecideAsync(int level, bool grant, string? reason, CommandContext context)
    {
        var standing = await GrainFactory.GetGrain<IVolunteerGrain>(Id).RequireRegisteredAsync();
        await RequireReviewerAsync(context.Actor);
        if (!await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            var (facts, why) = rules.Decide(state.State.Facts, level, grant, reason, await MinutesAsync(), standing.Status == VolunteerStatus.Revoked, Key);
            await StepAsync(
                context, facts, grant ? StarEventKind.Granted : StarEventKind.Declined, level, grant ? "volunteer.star-granted" : "volunteer.star-declined", why);
        }

        return await ProfileAsync();
    }

    public async Task<VolunteerProfile> ResolveReviewAsync(bool keep, string reason, CommandContext context)
    {
        await GrainFactory.GetGrain<IVolunteerGrain>(Id).RequireRegisteredAsync();
        await RequireReviewerAsync(context.Actor);
        if (!await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            var (facts, why) = rules.Review(state.State.Facts, keep, reason, await MinutesAsync(), Key);
            state.State.FlaggedAtSeq = null;
            await StepAsync(context, facts, keep ? StarEventKind.Kept : StarEventKind.Lowered, facts.Level, keep ? "volunteer.star-kept" : "volunteer.star-lowered", why);
        }

        return await ProfileAsync();
    }

    public async Task HoursChangedAsync(long certifiedMinutes, long ledgerSeq)
    {
        if (!rules.NeedsReview(state.State.Facts, certifiedMinutes))
        {
            return;
        }

        state.State.Facts = state.State.Facts with { ReviewDue = true };
        state.State.FlaggedAtSeq = ledgerSeq;
        await state.WriteStateAsync();
        await AppendFlagAsync(ledgerSeq);
    }

    public Task<StarStanding> GetStandingAsync(long certifiedMinutes, bool revoked) =>
        Task.FromResult(rules.Standing(state.State.Facts, certifiedMinutes, revoked));

    private async Task StepAsync(CommandContext context, StarFacts facts, string step, int level, string @event, string? reason)
    {
        state.State.Facts = facts;
        state.State.LastStep = step;
        state.State.LastStepLevel = level;
        await GrainCommand.CommitAsync(state, LastChange.From(context, @event, reason, time.GetUtcNow().UtcDateTime), PublishAsync);
    }

    /// <summary>The step's row (keyed by the operation), the level in the volunteers' list, and the audit line; safe to repeat.</summary>
    private async Task PublishAsync(LastChange change)
    {
        if (state.State.LastStep is { } step)
        {
            await history.AppendAsync(new StarEvent
            {
                Id = change.OperationId.ToString(),
                VolunteerId = Key,
                Kind = step,
                Level = state.State.LastStepLevel,
                Reason = change.Reason,
                ByName = change.ActorName,
                AtUtc = change.AtUtc,
            });
        }

        await directory.SetStarLevelAsync(Key, state.State.Facts.Level);
        await audit.RecordAsync(change, "volunteer", Key);
    }

    /// <summary>One flag per ledger position: counting the same rows again after a crash flags nothing twice.</summary>
    private Task AppendFlagAsync(long seq) => history.AppendAsync(new StarEvent
    {
        Id = $"{Key}:flag:{seq}",
        VolunteerId = Key,
        Kind = StarEventKind.Flagged,
        Level = state.State.Facts.Level,
        ByName = "",
        AtUtc = time.GetUtcNow().UtcDateTime,
    });

    /// <summary>The admin of an organization the volunteer belongs to, or a bureau over her (A26 review); never her own.</summary>
    private async Task RequireReviewerAsync(Actor actor)
    {
        if (!await GrainFactory.GetGrain<IVolunteerGrain>(Id).IsInScopeAsync(actor, administrator: true))
        {
            throw new DomainException(StarErrors.NotAllowed, Key);
        }

        ServiceRules.RequireNotOwnRecord(actor, Id);
    }


    private async Task<long> MinutesAsync() => (await GrainFactory.GetGrain<IRecordBookGrain>(Id).GetTotalsAsync()).CertifiedMinutes;

    private async Task<VolunteerProfile> ProfileAsync() =>
        await GrainFactory.GetGrain<IVolunteerGrain>(Id).GetProfileAsync() ?? throw new DomainException(VolunteerErrors.NotRegistered, Key);
}
