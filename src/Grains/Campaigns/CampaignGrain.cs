using System.Security.Cryptography;
using System.Text;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Campaigns;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Grains.Campaigns;

public sealed class CampaignGrain(
    [PersistentState("campaign", StorageNames.Records)] IPersistentState<CampaignState> state,
    ICampaignStore store,
    IRegionDirectory regions,
    StarRules stars,
    GrainAudit audit,
    ICampaignJobs jobs,
    TimeProvider time) : Grain, ICampaignGrain
{
    private Guid Id => this.GetPrimaryKey();

    private string Key => Id.ToString();

    /// <summary>A crash between a state write and handing over its job leaves the job unqueued: it is handed over now.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Definition is not null)
        {
            await HandOverJobsAsync();
        }
    }

    public async Task<CampaignDetails> DefineAsync(DefineCampaign command, CommandContext context)
    {
        if (state.State.Definition is not null)
        {
            return state.State.Operations.Contains(context.OperationId) ? Details() : throw new DomainException(CampaignErrors.AlreadyExists, Key);
        }

        var clean = await ValidateAsync(command, context.Actor);
        state.State.Definition = clean;
        state.State.CreatedByName = context.Actor.DisplayName;
        state.State.CreatedUtc = time.GetUtcNow().UtcDateTime;
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();
        await store.UpsertCampaignAsync(new CampaignRow
        {
            Id = Key,
            Name = clean.Name,
            Kind = clean.Kind.ToString(),
            ScopeRegion = clean.ScopeRegion,
            ScopeOrganization = clean.ScopeOrganizationId?.ToString(),
            PeriodFrom = clean.PeriodFrom,
            PeriodTo = clean.PeriodTo,
            Places = clean.Places,
            Schedule = clean.Schedule.ToString(),
            CreatedByName = state.State.CreatedByName,
            CreatedUtc = state.State.CreatedUtc,
        });
        await audit.RecordAsync(context, "campaign.defined", "campaign", Key, $"kind={clean.Kind}; scope={clean.ScopeOrganizationId?.ToString() ?? clean.ScopeRegion}");
        await HandOverJobsAsync();
        return Details();
    }

    public Task<CampaignDetails?> GetAsync() => Task.FromResult(state.State.Definition is null ? null : Details());

    public async Task<int> OpenRoundAsync(DateOnly today)
    {
        var definition = RequireDefined();
        var number = CampaignRules.RoundFor(definition, today);
        if (state.State.Rounds.Any(r => r.Number == number))
        {
            return number;
        }

        var (from, to) = CampaignRules.PeriodOf(definition, number);
        var round = new CampaignRound { Number = number, PeriodFrom = from, PeriodTo = to, Status = RoundStatus.Open };
        state.State.Rounds.Add(round);
        await state.WriteStateAsync();
        await ProjectAsync(round);
        return number;
    }

    public async Task<int> QueueSelectionAsync(DateOnly today, CommandContext context)
    {
        var definition = RequireDefined();
        RequireReviewer(definition, context.Actor);
        var number = await OpenRoundAsync(today);
        var round = RequireRound(number);
        if (round.Status == RoundStatus.Approved)
        {
            throw new DomainException(CampaignErrors.AlreadyApproved, Key);
        }

        round.Status = RoundStatus.Selecting;
        round.SelectionQueued = false;
        await state.WriteStateAsync();
        await ProjectAsync(round);
        await audit.RecordAsync(context, "campaign.selection-queued", "campaign", Key, $"round={number}");
        await HandOverJobsAsync();
        return number;
    }

    /// <summary>Hands the queue what the state says is wanted and not yet handed over; repeating it is harmless.</summary>
    private async Task HandOverJobsAsync()
    {
        var definition = state.State.Definition!;
        if (definition.Schedule == CampaignSchedule.Yearly)
        {
            jobs.ScheduleYearly(Id, definition.PeriodTo.AddDays(1));
        }

        var waiting = state.State.Rounds.Where(r => r.Status == RoundStatus.Selecting && !r.SelectionQueued).ToList();
        foreach (var round in waiting)
        {
            jobs.QueueSelection(Id, round.Number);
            round.SelectionQueued = true;
        }

        if (waiting.Count > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<RoundSelection?> BeginSelectionAsync(int round)
    {
        var definition = RequireDefined();
        var current = RequireRound(round);
        if (current.Status == RoundStatus.Approved)
        {
            return null;
        }

        current.Status = RoundStatus.Selecting;
        await state.WriteStateAsync();
        await ProjectAsync(current);
        return new RoundSelection(
            round,
            definition.Kind,
            ChinaTime.StartOfDayUtc(current.PeriodFrom),
            ChinaTime.StartOfDayUtc(current.PeriodTo.AddDays(1)),
            definition.ScopeOrganizationId is null ? RegionCodes.LikePattern(definition.ScopeRegion) : null,
            definition.ScopeOrganizationId,
            definition.Criteria,
            CampaignRules.Keep(definition.Places));
    }

    public async Task CompleteSelectionAsync(int round, int candidates)
    {
        var current = RequireRound(round);
        if (current.Status != RoundStatus.Selecting)
        {
            return;
        }

        current.Status = RoundStatus.Selected;
        await state.WriteStateAsync();
        await ProjectAsync(current, candidates);
    }

    public async Task<CampaignDetails> ApproveAsync(int round, IReadOnlyList<string> winners, CommandContext context)
    {
        var definition = RequireDefined();
        RequireReviewer(definition, context.Actor);
        var current = RequireRound(round);
        var chosen = winners.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (current.Winners.Count > 0)
        {
            // Approved, or stopped halfway: only the same list may go on, and it writes nothing twice.
            if (!current.Winners.SequenceEqual(chosen))
            {
                throw new DomainException(CampaignErrors.AlreadyApproved, Key);
            }
        }
        else
        {
            if (current.Status != RoundStatus.Selected)
            {
                throw new DomainException(CampaignErrors.NotSelected, Key);
            }

            var candidates = (await store.CandidatesAsync(Key, round)).Select(c => c.SubjectId).ToHashSet(StringComparer.Ordinal);
            if (chosen.Count == 0 || chosen.Count > definition.Places || !chosen.All(candidates.Contains))
            {
                throw new DomainException(CampaignErrors.WinnersInvalid, Key);
            }

            current.Winners = chosen;
            await state.WriteStateAsync();
        }

        if (current.Status != RoundStatus.Approved)
        {
            await CommendAsync(definition, current, context);
            current.Status = RoundStatus.Approved;
            state.State.Operations.Add(context.OperationId);
            await state.WriteStateAsync();
            await ProjectAsync(current);
            await audit.RecordAsync(context, "campaign.approved", "campaign", Key, $"round={round}; winners={string.Join(',', chosen)}");
        }

        return Details();
    }

    /// <summary>Each step re-checks what is written: a winner row or commendation already there stays as it is.</summary>
    private async Task CommendAsync(DefineCampaign definition, CampaignRound round, CommandContext context)
    {
        var ranked = await store.CandidatesAsync(Key, round.Number);
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);
        var winners = ranked.Where(c => round.Winners.Contains(c.SubjectId)).Select((c, index) => new WinnerRow
        {
            CampaignId = Key,
            Round = round.Number,
            SubjectId = c.SubjectId,
            SubjectName = c.SubjectName,
            Position = index + 1,
            Minutes = c.Minutes,
            ApprovedByName = context.Actor.DisplayName,
            ApprovedUtc = now,
        }).ToList();
        await store.AddWinnersAsync(winners);

        var title = round.PeriodFrom.Year == round.PeriodTo.Year ? $"{round.PeriodFrom.Year}年度{definition.Name}" : definition.Name;
        foreach (var winner in winners)
        {
            var commendation = context with { OperationId = OperationFor(round.Number, winner.SubjectId) };
            var subject = Guid.Parse(winner.SubjectId);
            await (definition.Kind switch
            {
                CampaignKind.Volunteers => GrainFactory.GetGrain<IRecordBookGrain>(subject).CommendAsync(title, today, definition.GrantingBody, commendation),
                CampaignKind.Projects => GrainFactory.GetGrain<IProjectGrain>(subject).CommendAsync(title, today, definition.GrantingBody, commendation),
                _ => GrainFactory.GetGrain<IOrganizationGrain>(subject).CommendAsync(null, title, today, definition.GrantingBody, commendation),
            });
        }
    }

    /// <summary>The same campaign, round and winner always make the same commendation id.</summary>
    private Guid OperationFor(int round, string subject) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"campaign:{Key}:{round}:{subject}")).AsSpan(0, 16));

    private async Task<DefineCampaign> ValidateAsync(DefineCampaign command, Actor actor)
    {
        var name = command.Name.Trim();
        var body = command.GrantingBody.Trim();
        if (name.Length is 0 or > CampaignRules.MaxNameLength || body.Length is 0 or > CampaignRules.MaxNameLength)
        {
            throw new DomainException(CampaignErrors.NameInvalid, Key);
        }

        if (command.PeriodTo < command.PeriodFrom || command.PeriodTo.DayNumber - command.PeriodFrom.DayNumber > CampaignRules.MaxPeriodDays)
        {
            throw new DomainException(CampaignErrors.PeriodInvalid, Key);
        }

        if (command.Places is < 1 or > CampaignRules.MaxPlaces)
        {
            throw new DomainException(CampaignErrors.PlacesInvalid, Key);
        }

        if (!Enum.IsDefined(command.Kind) || !Enum.IsDefined(command.Schedule) || !CampaignRules.CriteriaValid(command.Criteria, stars.HighestLevel))
        {
            throw new DomainException(CampaignErrors.CriteriaInvalid, Key);
        }

        var region = command.ScopeRegion;
        if (command.ScopeOrganizationId is { } organizationId)
        {
            var organization = await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync()
                ?? throw new DomainException(CampaignErrors.ScopeInvalid, Key);
            region = organization.RegionCode;
        }
        else if (await regions.FindAsync(region) is null)
        {
            throw new DomainException(CampaignErrors.ScopeInvalid, Key);
        }

        if (!actor.OverseesRegion(region))
        {
            throw new DomainException(CampaignErrors.NotAllowed, Key);
        }

        return command with { Name = name, GrantingBody = body, ScopeRegion = region };
    }

    private static void RequireReviewer(DefineCampaign definition, Actor actor)
    {
        if (!actor.OverseesRegion(definition.ScopeRegion))
        {
            throw new DomainException(CampaignErrors.NotAllowed, definition.Name);
        }
    }

    private DefineCampaign RequireDefined() => state.State.Definition ?? throw new DomainException(CampaignErrors.NotFound, Key);

    private CampaignRound RequireRound(int round) =>
        state.State.Rounds.FirstOrDefault(r => r.Number == round) ?? throw new DomainException(CampaignErrors.RoundNotFound, Key);

    private Task ProjectAsync(CampaignRound round, int? candidates = null) => store.UpsertRoundAsync(new CampaignRoundRow
    {
        CampaignId = Key,
        Round = round.Number,
        PeriodFrom = round.PeriodFrom,
        PeriodTo = round.PeriodTo,
        Status = round.Status.ToString(),
        Candidates = candidates ?? 0,
        SelectedUtc = round.Status == RoundStatus.Selected ? time.GetUtcNow().UtcDateTime : null,
        ApprovedUtc = round.Status == RoundStatus.Approved ? time.GetUtcNow().UtcDateTime : null,
    });

    private CampaignDetails Details() => new(
        Id,
        state.State.Definition!,
        [.. state.State.Rounds.OrderByDescending(r => r.Number).Select(r => new RoundSummary(r.Number, r.PeriodFrom, r.PeriodTo, r.Status))],
        state.State.CreatedByName,
        state.State.CreatedUtc);
}
