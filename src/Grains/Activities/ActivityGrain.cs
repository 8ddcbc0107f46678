using VolunteerRecords.Grains.Calendar;
using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers.Schedule;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Participants;

namespace VolunteerRecords.Grains.Activities;

public sealed class ActivityGrain(
    [PersistentState("activity", StorageNames.Records)] IPersistentState<ActivityState> state,
    IActivityReadModel readModel,
    IParticipantStore participants,
    IServiceClaimStore claims,
    IServiceLedger ledger,
    GrainAudit audit,
    TimeProvider time) : Grain, IActivityGrain
{
    private WorkingDayCalendar? _calendar;

    private string Key => this.GetPrimaryKey().ToString();

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<ActivityDetails> CreateDraftAsync(CreateActivityDraft command, CommandContext context)
    {
        var id = Key;
        if (await GrainCommand.IsRepeatAsync(state, context, _ => PublishChangeAsync()))
        {
            return await DetailsAsync();
        }

        if (state.State.Exists)
        {
            throw new DomainException(ActivityErrors.AlreadyExists, id);
        }

        var (title, description, place) = ActivityRules.Texts(command, id);

        if (!await GrainFactory.GetGrain<ICategoryCatalogGrain>(0).AreListedAsync([command.Category]))
        {
            throw new DomainException(ActivityErrors.CategoryInvalid, id);
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(command.OrganizationId).GetProfileAsync()
            ?? throw new DomainException(OrganizationErrors.NotFound, command.OrganizationId.ToString());
        if (organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, command.OrganizationId.ToString());
        }

        if (!context.Actor.ActsFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(ActivityErrors.NotAllowed, id);
        }

        // A19: an activity carries out a project of the organization and may be held at one of its service bases.
        if (command.ProjectId is { } project
            && (await GrainFactory.GetGrain<IProjectGrain>(project).GetAsync())?.Plan.OrganizationId != organization.Id)
        {
            throw new DomainException(MatchingErrors.NotFound, id);
        }

        if (command.BaseId is { } serviceBase
            && (await GrainFactory.GetGrain<IServiceBaseGrain>(serviceBase).GetAsync())?.OrganizationId != organization.Id)
        {
            throw new DomainException(MatchingErrors.NotFound, id);
        }

        state.State.Exists = true;
        state.State.ProjectId = command.ProjectId;
        state.State.BaseId = command.BaseId;
        state.State.OrganizationId = command.OrganizationId;
        state.State.Title = title;
        state.State.Category = command.Category;
        state.State.Description = description;
        state.State.Place = place;
        state.State.Status = ActivityStatus.Draft;
        state.State.CreatedUtc = Now;
        await CommitAsync(context, "activity.draft-created", $"organization={command.OrganizationId}");
        return await DetailsAsync();
    }

    public async Task<ActivityDetails> UpdatePlanAsync(ActivityPlan plan, CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft);
        var (sessions, risks, agreement) = ActivityRules.Plan(plan, Key);
        state.State.Sessions = sessions;
        state.State.Recruitment = plan.Recruitment with { SignUpDeadlineUtc = plan.Recruitment.Standing ? null : plan.Recruitment.SignUpDeadlineUtc };
        state.State.Risks = risks;
        state.State.Agreement = agreement;
        state.State.MajorEvent = plan.MajorEvent;
        await CommitAsync(context, "activity.plan-updated", null);
        return await DetailsAsync();
    }

    public async Task<ActivityDetails> RecordInsuranceAsync(InsurancePolicy insurance, CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft, ActivityStatus.Published);
        var insurer = insurance.Insurer.Trim();
        var policy = insurance.PolicyNumber.Trim();
        if (insurer.Length is 0 or > 100 || policy.Length is 0 or > 64 || insurance.CoverTo < insurance.CoverFrom)
        {
            throw new DomainException(ActivityErrors.InsuranceInvalid, Key);
        }

        state.State.Insurance = new InsurancePolicy(insurer, policy, insurance.CoverFrom, insurance.CoverTo);
        await CommitAsync(context, "activity.insurance-recorded", null);
        return await DetailsAsync();
    }

    public async Task<ActivityDetails> PublishAsync(CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft);
        await RequireActiveOrganizationAsync();
        if (state.State.Sessions.Count == 0 || state.State.Sessions[0].StartUtc <= Now)
        {
            throw new DomainException(ActivityErrors.SessionsInvalid, Key);
        }

        // A9: the information published states the risks volunteers may meet.
        if (state.State.Risks.Length == 0)
        {
            throw new DomainException(ActivityErrors.RisksRequired, Key);
        }

        // A18.2: major events and emergency service are insured before they start, for every day of every session.
        if (ToDetails().NeedsInsurance && !InsuranceCoversSessions())
        {
            throw new DomainException(ActivityErrors.InsuranceRequired, Key);
        }

        state.State.Status = ActivityStatus.Published;
        await CommitAsync(context, "activity.published", null);
        return await DetailsAsync();
    }

    public async Task<ActivityDetails> RecordHeldAsync(CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft);
        await RequireActiveOrganizationAsync();
        var now = Now;
        if (state.State.Sessions.Count == 0 || state.State.Sessions.Any(s => s.EndUtc > now))
        {
            throw new DomainException(ActivityErrors.HeldSessionsInvalid, Key);
        }

        // Typed up from the paper sheet, but within the deadline of what was held: later, the records are late.
        if ((await RecordsDueAsync(now))!.Day < ChinaTime.Today(time))
        {
            throw new DomainException(ActivityErrors.HeldTooLate, Key);
        }

        state.State.EndedUtc = now;
        state.State.Status = ActivityStatus.Ended;
        await CommitAsync(context, "activity.recorded-as-held", null);
        return await DetailsAsync();
    }

    public Task<ActivityDetails> StartAsync(CommandContext context) =>
        MoveAsync(context, ActivityStatus.InProgress, "activity.started", ActivityStatus.Published);

    public async Task<ActivityDetails> EndAsync(string? reason, CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.InProgress);
        var now = Now;
        var notHeld = state.State.Sessions.Where(s => s.StartUtc > now).ToList();
        var why = reason?.Trim() ?? "";
        // Ending before a session has taken place takes those sessions away from the volunteers promised to them: the
        // record says why (办法 Art11 counts the deadline from what was held).
        if (notHeld.Count > 0 && why.Length is 0 or > ActivityRules.MaxNoticeLength)
        {
            throw new DomainException(ActivityErrors.EndEarlyReasonRequired, Key);
        }

        state.State.Sessions = [.. state.State.Sessions.Except(notHeld)];
        state.State.CancelledSessions = [.. state.State.CancelledSessions, .. notHeld];
        state.State.EndReason = notHeld.Count > 0 ? why : null;
        state.State.EndedUtc = now;
        state.State.Status = ActivityStatus.Ended;
        await CommitAsync(context, "activity.ended", notHeld.Count > 0 ? $"early: {notHeld.Count} session(s) not held" : null);
        return await DetailsAsync();
    }

    public async Task RecountDeadlineAsync(CalendarSnapshot calendar)
    {
        _calendar = calendar.ToWorkingDays();
        if (state.State.Exists && state.State.LastChange is not null)
        {
            await PublishChangeAsync();
        }
    }

    public async Task<ActivityDetails> CloseRecordsAsync(string? noServiceReason, CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Ended);
        // A claim left waiting would be shut out for good: decide every claim before closing.
        if (await claims.CountPendingForActivityAsync(Key) > 0)
        {
            throw new DomainException(ActivityErrors.ClaimsPending, Key);
        }

        // Records closed with nobody certified say so in words: no service took place, and why.
        var why = noServiceReason?.Trim() ?? "";
        var certified = await ledger.HasEntriesForActivityAsync(Key);
        if (!certified && why.Length is 0 or > ActivityRules.MaxNoticeLength)
        {
            throw new DomainException(ActivityErrors.NoServiceReasonRequired, Key);
        }

        state.State.NoServiceReason = certified ? null : why;
        state.State.Status = ActivityStatus.RecordsClosed;
        await CommitAsync(context, certified ? "activity.records-closed" : "activity.closed-no-service", null);
        return await DetailsAsync();
    }

    public async Task<ActivityDetails?> EndAfterLastSessionAsync(CommandContext context)
    {
        var now = Now;
        if (!state.State.Exists || state.State.Status is not (ActivityStatus.Published or ActivityStatus.InProgress)
            || state.State.Sessions.Count == 0 || state.State.Sessions.Max(s => s.EndUtc) > now)
        {
            return null;
        }

        if (await GrainCommand.IsRepeatAsync(state, context, _ => PublishChangeAsync()))
        {
            return await DetailsAsync();
        }

        state.State.EndedUtc = now;
        state.State.Status = ActivityStatus.Ended;
        await CommitAsync(context, "activity.ended-after-last-session", null);
        return await DetailsAsync();
    }

    public async Task<ActivityDetails> CancelAsync(string reason, CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft, ActivityStatus.Published, ActivityStatus.InProgress);
        var why = reason.Trim();
        if (why.Length is 0 or > ActivityRules.MaxNoticeLength)
        {
            throw new DomainException(ActivityErrors.ReasonRequired, Key);
        }

        state.State.Status = ActivityStatus.Cancelled;
        state.State.CancelReason = why;
        await CommitAsync(context, "activity.cancelled", null);
        return await DetailsAsync();
    }

    public async Task<ActivityDetails?> GetDetailsAsync() => state.State.Exists ? await DetailsAsync() : null;

    public Task<ActivityTerms?> GetTermsAsync() => Task.FromResult(state.State.Exists
        ? new ActivityTerms(
            this.GetPrimaryKey(), state.State.OrganizationId, state.State.Title, state.State.Category, state.State.Place, state.State.Status,
            state.State.Sessions, state.State.Recruitment)
        : null);

    private async Task<ActivityDetails> MoveAsync(CommandContext context, ActivityStatus to, string @event, ActivityStatus from)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(from);
        state.State.Status = to;
        await CommitAsync(context, @event, null);
        return await DetailsAsync();
    }

    /// <returns>true when the command is a repeat (its effects re-published); otherwise checks the actor may manage the activity.</returns>
    /// <summary>The permission check comes first, so a repeat answers only someone who may issue the command.</summary>
    private async Task<bool> StartCommandAsync(CommandContext context)
    {
        RequireExists();
        var organization = await GrainFactory.ActedForByAsync(state.State.OrganizationId, context.Actor);
        if (organization is null)
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        return await GrainCommand.IsRepeatAsync(state, context, _ => PublishChangeAsync());
    }

    /// <summary>A suspended or deregistered organization publishes, enrols and certifies nothing; its records stay.</summary>
    private async Task RequireActiveOrganizationAsync()
    {
        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(state.State.OrganizationId).GetProfileAsync();
        if (organization?.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, state.State.OrganizationId.ToString());
        }
    }

    private bool InsuranceCoversSessions() =>
        state.State.Insurance is { } insurance
        && state.State.Sessions.All(s => ChinaTime.DateOf(s.StartUtc) >= insurance.CoverFrom && ChinaTime.DateOf(s.EndUtc) <= insurance.CoverTo);

    private void RequireExists()
    {
        if (!state.State.Exists)
        {
            throw new DomainException(ActivityErrors.NotFound, Key);
        }
    }

    private void RequireStatus(params ActivityStatus[] allowed)
    {
        if (!allowed.Contains(state.State.Status))
        {
            throw new DomainException(ActivityErrors.WrongStatus, Key);
        }
    }

    private Task CommitAsync(CommandContext context, string @event, string? detail) =>
        GrainCommand.CommitAsync(state, LastChange.From(context, @event, null, Now, detail), _ => PublishChangeAsync());

    /// <summary>Brings the list projection and the audit log up to the state; safe to repeat.</summary>
    private async Task PublishChangeAsync()
    {
        var change = state.State.LastChange!;
        await readModel.UpsertAsync(new ActivityRow
        {
            Id = Key,
            OrganizationId = state.State.OrganizationId.ToString(),
            Title = state.State.Title,
            Category = state.State.Category,
            Status = state.State.Status,
            CreatedUtc = state.State.CreatedUtc,
            UpdatedUtc = change.AtUtc,
            FirstStartUtc = state.State.Sessions.FirstOrDefault()?.StartUtc,
            LastEndUtc = state.State.Sessions.LastOrDefault()?.EndUtc,
            EndedUtc = state.State.EndedUtc,
            RecordsDue = (await RecordsDueAsync())?.Day,
            ProjectId = state.State.ProjectId?.ToString(),
            BaseId = state.State.BaseId?.ToString(),
        });
        // Ended before some sessions were held: those sessions no longer hold the volunteers' time (a repeat releases again).
        if (change.Event == "activity.ended" && state.State.CancelledSessions.Count > 0)
        {
            foreach (var participant in await participants.RosterAsync(Key))
            {
                await GrainFactory.GetGrain<IVolunteerScheduleGrain>(Guid.Parse(participant.VolunteerId)).ReleaseAsync(this.GetPrimaryKey());
            }
        }

        await audit.RecordAsync(change, "activity", Key);
    }

    private async Task<ActivityDetails> DetailsAsync()
    {
        var due = await RecordsDueAsync();
        return ToDetails() with
        {
            Confirmed = await participants.CountConfirmedAsync(Key),
            RecordsDue = due?.Day,
            RecordsDueProvisional = due?.Provisional ?? false,
        };
    }

    /// <summary>
    /// Ten working days from the end of the last session held (办法 Art11), not from whenever someone ended the
    /// activity; an activity ended before any session was held counts from its end.
    /// </summary>
    /// <param name="endedUtc">When it ends, if not as the state says (to check a deadline before ending it).</param>
    private async Task<WorkingDeadline?> RecordsDueAsync(DateTime? endedUtc = null)
    {
        if ((endedUtc ?? state.State.EndedUtc) is not { } ended)
        {
            return null;
        }

        var lastHeld = state.State.Sessions.Where(s => s.StartUtc <= ended).Select(s => s.EndUtc < ended ? s.EndUtc : ended).DefaultIfEmpty(ended).Max();
        _calendar ??= (await GrainFactory.GetGrain<ICalendarGrain>(0).GetAsync()).ToWorkingDays();
        return _calendar.Deadline(ChinaTime.DateOf(lastHeld), ActivityRules.RecordsDueWorkingDays);
    }

    private ActivityDetails ToDetails() => new(
        this.GetPrimaryKey(),
        state.State.OrganizationId,
        state.State.Title,
        state.State.Category,
        state.State.Description,
        state.State.Place,
        state.State.Status,
        state.State.CreatedUtc,
        state.State.Sessions,
        state.State.Recruitment,
        state.State.Risks,
        state.State.Agreement,
        state.State.MajorEvent,
        state.State.Insurance,
        0,
        state.State.EndedUtc,
        null,
        state.State.CancelReason,
        EndReason: state.State.EndReason,
        NoServiceReason: state.State.NoServiceReason,
        CancelledSessions: state.State.CancelledSessions);
}
