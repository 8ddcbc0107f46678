using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Matching;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Grains.Matching;

public sealed class NeedGrain(
    [PersistentState("need", StorageNames.Records)] IPersistentState<NeedState> state,
    IMatchingStore store,
    IRegionDirectory regions,
    GrainAudit audit,
    TimeProvider time) : Grain, INeedGrain
{
    public const string Open = "Open";
    public const string Taken = "Taken";

    private string Key => this.GetPrimaryKey().ToString();

    public async Task PublishAsync(PublishNeed need, CommandContext context)
    {
        if (await GrainCommand.IsRepeatAsync(state, context, _ => PublishedAsync()))
        {
            return;
        }

        if (state.State.Need is { } published)
        {
            // The same need published again (by a version that kept no operations) is a repeat; anything else is refused.
            if (published.OrganizationId == need.OrganizationId && published.Title == need.Title.Trim() && published.StartsOn == need.StartsOn)
            {
                return;
            }

            throw new DomainException(MatchingErrors.AlreadyExists, Key);
        }

        await MatchingRules.RequireActsForAsync(GrainFactory, need.OrganizationId, context.Actor, Key);
        var clean = need with
        {
            Title = MatchingRules.Short(need.Title, Key),
            Description = MatchingRules.Long(need.Description, Key, required: true),
            Recipient = MatchingRules.Short(need.Recipient, Key),
            Place = MatchingRules.Short(need.Place, Key),
            Skills = MatchingRules.Long(need.Skills, Key),
        };
        if (need.EndsOn < need.StartsOn || need.EndsOn < ChinaTime.Today(time))
        {
            throw new DomainException(MatchingErrors.DatesInvalid, Key);
        }

        if (need.Volunteers is < 1 or > MatchingRules.MaxVolunteers)
        {
            throw new DomainException(MatchingErrors.VolunteersInvalid, Key);
        }

        if (await regions.FindAsync(need.RegionCode) is null
            || !await GrainFactory.GetGrain<ICategoryCatalogGrain>(0).AreListedAsync([need.Category]))
        {
            throw new DomainException(MatchingErrors.TextInvalid, Key);
        }

        state.State.Need = clean;
        state.State.Status = Open;
        state.State.PublishedUtc = time.GetUtcNow().UtcDateTime;
        await GrainCommand.CommitAsync(
            state, LastChange.From(context, "need.published", null, state.State.PublishedUtc, $"organization={need.OrganizationId}"), _ => PublishedAsync());
    }

    public async Task TakeAsync(Guid projectId)
    {
        if (state.State.Need is null)
        {
            throw new DomainException(MatchingErrors.NotFound, Key);
        }

        if (state.State.ProjectId == projectId)
        {
            return;
        }

        if (state.State.Status != Open)
        {
            throw new DomainException(MatchingErrors.NeedTaken, Key);
        }

        state.State.Status = Taken;
        state.State.ProjectId = projectId;
        await state.WriteStateAsync();
        await ProjectAsync();
    }

    public Task<PublishNeed?> GetAsync() => Task.FromResult(state.State.Need);

    /// <summary>The need's row and the audit line of its last change; safe to repeat.</summary>
    private async Task PublishedAsync()
    {
        await ProjectAsync();
        await audit.RecordAsync(state.State.LastChange!, "need", Key);
    }

    private Task ProjectAsync()
    {
        var need = state.State.Need!;
        return store.UpsertNeedAsync(new NeedRow
        {
            Id = Key,
            OrganizationId = need.OrganizationId.ToString(),
            Title = need.Title,
            Description = need.Description,
            Recipient = need.Recipient,
            Place = need.Place,
            RegionCode = need.RegionCode,
            Category = need.Category,
            Volunteers = need.Volunteers,
            Skills = need.Skills,
            StartsOn = need.StartsOn,
            EndsOn = need.EndsOn,
            Status = state.State.Status,
            PublishedUtc = state.State.PublishedUtc,
        });
    }
}
