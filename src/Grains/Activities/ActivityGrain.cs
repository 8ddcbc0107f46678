using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Activities;

namespace VolunteerRecords.Grains.Activities;

public sealed class ActivityGrain(
    [PersistentState("activity", StorageNames.Records)] IPersistentState<ActivityState> state,
    IActivityReadModel readModel,
    GrainAudit audit,
    TimeProvider time) : Grain, IActivityGrain
{
    public async Task<ActivityDetails> CreateDraftAsync(CreateActivityDraft command, CommandContext context)
    {
        var id = this.GetPrimaryKey().ToString();
        if (state.State.Operations.Contains(context.OperationId))
        {
            await PublishAsync();
            return ToDetails();
        }

        if (state.State.Exists)
        {
            throw new DomainException(ActivityErrors.AlreadyExists, id);
        }

        var title = command.Title.Trim();
        var description = command.Description.Trim();
        var place = command.Place.Trim();
        if (title.Length == 0 || title.Length > ActivityRules.MaxTitleLength)
        {
            throw new DomainException(ActivityErrors.TitleInvalid, id);
        }

        if (description.Length > ActivityRules.MaxDescriptionLength)
        {
            throw new DomainException(ActivityErrors.DescriptionTooLong, id);
        }

        if (place.Length == 0 || place.Length > ActivityRules.MaxPlaceLength)
        {
            throw new DomainException(ActivityErrors.PlaceInvalid, id);
        }

        if (!Enum.IsDefined(command.Category))
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

        var now = time.GetUtcNow().UtcDateTime;
        state.State.Exists = true;
        state.State.OrganizationId = command.OrganizationId;
        state.State.Title = title;
        state.State.Category = command.Category;
        state.State.Description = description;
        state.State.Place = place;
        state.State.Status = ActivityStatus.Draft;
        state.State.CreatedUtc = now;
        state.State.LastChange = LastChange.From(context, "activity.draft-created", null, now, $"organization={command.OrganizationId}");
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();
        await PublishAsync();
        return ToDetails();
    }

    /// <summary>Brings the list projection and the audit log up to the state; safe to repeat.</summary>
    private async Task PublishAsync()
    {
        var change = state.State.LastChange!;
        var id = this.GetPrimaryKey().ToString();
        await readModel.UpsertAsync(new ActivityRow
        {
            Id = id,
            OrganizationId = state.State.OrganizationId.ToString(),
            Title = state.State.Title,
            Category = state.State.Category.ToString(),
            Status = state.State.Status.ToString(),
            CreatedUtc = state.State.CreatedUtc,
            UpdatedUtc = change.AtUtc,
        });
        await audit.RecordAsync(change, "activity", id);
    }

    public Task<ActivityDetails?> GetDetailsAsync() =>
        Task.FromResult(state.State.Exists ? ToDetails() : null);

    private ActivityDetails ToDetails() => new(
        this.GetPrimaryKey(),
        state.State.OrganizationId,
        state.State.Title,
        state.State.Category,
        state.State.Description,
        state.State.Place,
        state.State.Status,
        state.State.CreatedUtc);
}
