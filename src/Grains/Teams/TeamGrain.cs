using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Grains.Teams;

public sealed class TeamGrain(
    [PersistentState("team", StorageNames.Records)] IPersistentState<TeamState> state,
    ITeamStore teams,
    GrainAudit audit,
    TimeProvider time) : Grain, ITeamGrain
{
    public const int MaxNameLength = 50;

    private string Key => this.GetPrimaryKey().ToString();

    public async Task<TeamDetails> CreateAsync(CreateTeam command, CommandContext context)
    {
        if (state.State.Exists)
        {
            return await GrainCommand.IsRepeatAsync(state, context, PublishAsync) ? Details() : throw new DomainException(TeamErrors.AlreadyExists, Key);
        }

        var name = command.Name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new DomainException(TeamErrors.NameInvalid, Key);
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(command.OrganizationId).GetProfileAsync()
            ?? throw new DomainException(OrganizationErrors.NotFound, command.OrganizationId.ToString());
        if (organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, command.OrganizationId.ToString());
        }

        // A17: volunteers form teams; the one who forms it leads it, or the organization names a leader.
        if (!context.Actor.IsVolunteer(command.LeaderId) && !context.Actor.ActsFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(TeamErrors.NotAllowed, Key);
        }

        await RequireMemberAsync(command.LeaderId, command.OrganizationId);
        if (!await GrainFactory.GetGrain<ICategoryCatalogGrain>(0).AreListedAsync(command.Intentions))
        {
            throw new DomainException(Activities.ActivityErrors.CategoryInvalid, Key);
        }

        state.State.Exists = true;
        state.State.OrganizationId = command.OrganizationId;
        state.State.Name = name;
        state.State.Intentions = [.. command.Intentions.Distinct().Order(StringComparer.Ordinal)];
        state.State.LeaderId = command.LeaderId;
        state.State.CreatedUtc = time.GetUtcNow().UtcDateTime;
        await teams.JoinAsync(Key, command.LeaderId.ToString(), state.State.CreatedUtc);
        return await CommitAsync(context, "team.created", $"organization={command.OrganizationId}; leader={command.LeaderId}");
    }

    public async Task<TeamDetails> JoinAsync(Guid volunteerId, CommandContext context)
    {
        RequireExists();
        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return Details();
        }

        if (!context.Actor.IsVolunteer(volunteerId))
        {
            throw new DomainException(TeamErrors.NotAllowed, Key);
        }

        await RequireMemberAsync(volunteerId, state.State.OrganizationId);
        if (!await teams.JoinAsync(Key, volunteerId.ToString(), time.GetUtcNow().UtcDateTime))
        {
            throw new DomainException(TeamErrors.AlreadyInTeam, Key);
        }

        return await CommitAsync(context, "team.joined", $"volunteer={volunteerId}");
    }

    public async Task<TeamDetails> LeaveAsync(Guid volunteerId, CommandContext context)
    {
        RequireExists();
        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return Details();
        }

        if (!context.Actor.IsVolunteer(volunteerId) && !await LeadsOrManagesAsync(context.Actor))
        {
            throw new DomainException(TeamErrors.NotAllowed, Key);
        }

        if (volunteerId == state.State.LeaderId)
        {
            throw new DomainException(TeamErrors.LeaderMustHandOver, Key);
        }

        if (!await teams.LeaveAsync(Key, volunteerId.ToString(), time.GetUtcNow().UtcDateTime))
        {
            throw new DomainException(TeamErrors.NotInTeam, Key);
        }

        return await CommitAsync(context, "team.left", $"volunteer={volunteerId}");
    }

    public async Task<TeamDetails> HandOverAsync(Guid volunteerId, CommandContext context)
    {
        RequireExists();
        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return Details();
        }

        if (!await LeadsOrManagesAsync(context.Actor))
        {
            throw new DomainException(TeamErrors.NotAllowed, Key);
        }

        if (!(await teams.MembersAsync(Key)).Any(m => m.VolunteerId == volunteerId.ToString()))
        {
            throw new DomainException(TeamErrors.NotInTeam, Key);
        }

        state.State.LeaderId = volunteerId;
        return await CommitAsync(context, "team.handed-over", $"leader={volunteerId}");
    }

    public Task<TeamDetails?> GetDetailsAsync() => Task.FromResult(state.State.Exists ? Details() : null);

    private async Task<bool> LeadsOrManagesAsync(Actor actor)
    {
        if (actor.IsVolunteer(state.State.LeaderId))
        {
            return true;
        }

        return await GrainFactory.ActedForByAsync(state.State.OrganizationId, actor) is not null;
    }

    private async Task RequireMemberAsync(Guid volunteerId, Guid organizationId)
    {
        if ((await GrainFactory.Membership(volunteerId, organizationId).GetAsync()).Status != MembershipStatus.Member)
        {
            throw new DomainException(TeamErrors.NotMemberOfOrganization, Key);
        }
    }

    private void RequireExists()
    {
        if (!state.State.Exists)
        {
            throw new DomainException(TeamErrors.NotFound, Key);
        }
    }

    private async Task<TeamDetails> CommitAsync(CommandContext context, string action, string detail)
    {
        // Counted from the members table after the change, so a crash between the two writes leaves no drift.
        state.State.MemberCount = (await teams.MembersAsync(Key)).Count;
        await GrainCommand.CommitAsync(state, LastChange.From(context, action, null, time.GetUtcNow().UtcDateTime, detail), PublishAsync);
        return Details();
    }

    /// <summary>The team's row in the list and the audit line, from the state and its last change; safe to repeat.</summary>
    private async Task PublishAsync(LastChange change)
    {
        await teams.UpsertAsync(new TeamRow
        {
            Id = Key,
            OrganizationId = state.State.OrganizationId.ToString(),
            Name = state.State.Name,
            Intentions = string.Join(',', state.State.Intentions),
            LeaderId = state.State.LeaderId.ToString(),
            MemberCount = state.State.MemberCount,
            CreatedUtc = state.State.CreatedUtc,
        });
        await audit.RecordAsync(change, "team", Key);
    }

    private TeamDetails Details() => new(
        this.GetPrimaryKey(), state.State.OrganizationId, state.State.Name, [.. state.State.Intentions], state.State.LeaderId, state.State.MemberCount);
}
