using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Storage.Matching;

namespace VolunteerRecords.Grains.Matching;

public sealed class ProjectGrain(
    [PersistentState("project", StorageNames.Records)] IPersistentState<ProjectState> state,
    IMatchingStore store,
    GrainAudit audit,
    TimeProvider time) : Grain, IProjectGrain
{
    private string Key => this.GetPrimaryKey().ToString();

    public async Task<ProjectDetails> CreateAsync(ProjectPlan plan, CommandContext context)
    {
        if (state.State.Plan is not null)
        {
            return await GrainCommand.IsRepeatAsync(state, context, PublishAsync) ? Details() : throw new DomainException(MatchingErrors.AlreadyExists, Key);
        }

        await MatchingRules.RequireActsForAsync(GrainFactory, plan.OrganizationId, context.Actor, Key);
        var clean = plan with
        {
            Name = MatchingRules.Short(plan.Name, Key),
            Content = MatchingRules.Long(plan.Content, Key, required: true),
            Schedule = MatchingRules.Long(plan.Schedule, Key, required: true),
            Funding = MatchingRules.Long(plan.Funding, Key),
            Publicity = MatchingRules.Long(plan.Publicity, Key),
            Supervision = MatchingRules.Long(plan.Supervision, Key),
        };
        if (plan.NeedId is { } needId)
        {
            // A19.2: the project answers a need of the same organization, and a need is answered once.
            var need = await GrainFactory.GetGrain<INeedGrain>(needId).GetAsync();
            if (need is null || need.OrganizationId != plan.OrganizationId)
            {
                throw new DomainException(MatchingErrors.NotFound, Key);
            }

            await GrainFactory.GetGrain<INeedGrain>(needId).TakeAsync(this.GetPrimaryKey());
        }

        state.State.Plan = clean;
        state.State.Status = ProjectStatus.Open;
        state.State.CreatedUtc = time.GetUtcNow().UtcDateTime;
        return await CommitAsync(context, "project.created");
    }

    public async Task<ProjectDetails> ClaimAsync(Guid teamId, CommandContext context)
    {
        RequireExists();
        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return Details();
        }

        var team = await GrainFactory.GetGrain<ITeamGrain>(teamId).GetDetailsAsync();
        if (team is null || !context.Actor.IsVolunteer(team.LeaderId))
        {
            throw new DomainException(MatchingErrors.NotTeamLeader, Key);
        }

        if (state.State.TeamId is not null || state.State.Status != ProjectStatus.Open)
        {
            throw new DomainException(MatchingErrors.AlreadyClaimed, Key);
        }

        state.State.TeamId = teamId;
        state.State.Status = ProjectStatus.Claimed;
        return await CommitAsync(context, "project.claimed");
    }

    public async Task<ProjectDetails> CompleteAsync(string summary, CommandContext context)
    {
        RequireExists();
        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return Details();
        }

        await MatchingRules.RequireActsForAsync(GrainFactory, state.State.Plan!.OrganizationId, context.Actor, Key);
        if (state.State.Status != ProjectStatus.Claimed)
        {
            throw new DomainException(MatchingErrors.NotClaimed, Key);
        }

        state.State.Summary = MatchingRules.Long(summary, Key, required: true);
        state.State.Status = ProjectStatus.Completed;
        return await CommitAsync(context, "project.completed");
    }

    public Task CommendAsync(string title, DateOnly grantedOn, string grantingBody, CommandContext context)
    {
        RequireExists();
        return GrainFactory.GetGrain<Organizations.IOrganizationGrain>(state.State.Plan!.OrganizationId)
            .CommendAsync(this.GetPrimaryKey(), title, grantedOn, grantingBody, context);
    }

    public Task<ProjectDetails?> GetAsync() => Task.FromResult(state.State.Plan is null ? null : Details());

    private void RequireExists()
    {
        if (state.State.Plan is null)
        {
            throw new DomainException(MatchingErrors.NotFound, Key);
        }
    }

    private async Task<ProjectDetails> CommitAsync(CommandContext context, string action)
    {
        await GrainCommand.CommitAsync(
            state, LastChange.From(context, action, null, time.GetUtcNow().UtcDateTime, state.State.TeamId is { } team ? $"team={team}" : null), PublishAsync);
        return Details();
    }

    /// <summary>The project's row in the list and the audit line, from the state and its last change; safe to repeat.</summary>
    private async Task PublishAsync(LastChange change)
    {
        var plan = state.State.Plan!;
        await store.UpsertProjectAsync(new ProjectRow
        {
            Id = Key,
            OrganizationId = plan.OrganizationId.ToString(),
            NeedId = plan.NeedId?.ToString(),
            Name = plan.Name,
            TeamId = state.State.TeamId?.ToString(),
            Status = state.State.Status,
            CreatedUtc = state.State.CreatedUtc,
        });
        await audit.RecordAsync(change, "project", Key);
    }

    private ProjectDetails Details() => new(this.GetPrimaryKey(), state.State.Plan!, state.State.TeamId, state.State.Status, state.State.Summary);
}
