using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Organizations;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Grains.Organizations;

public sealed class OrganizationGrain(
    [PersistentState("organization", StorageNames.Records)] IPersistentState<OrganizationState> state,
    IRegionDirectory regions,
    IOrganizationReadModel readModel,
    GrainAudit audit,
    TimeProvider time) : Grain, IOrganizationGrain
{
    public async Task<OrganizationProfile> RegisterAsync(RegisterOrganization command, CommandContext context)
    {
        var id = this.GetPrimaryKey();
        if (state.State.Operations.Contains(context.OperationId))
        {
            return ToProfile();
        }

        if (state.State.IsRegistered)
        {
            throw new DomainException(OrganizationErrors.AlreadyRegistered, id.ToString());
        }

        var name = command.Name.Trim();
        if (name.Length == 0 || name.Length > OrganizationRules.MaxNameLength)
        {
            throw new DomainException(OrganizationErrors.NameInvalid, id.ToString());
        }

        if (!Enum.IsDefined(command.Kind))
        {
            throw new DomainException(OrganizationErrors.KindInvalid, id.ToString());
        }

        if (await regions.FindAsync(command.RegionCode) is null)
        {
            throw new DomainException(OrganizationErrors.RegionUnknown, id.ToString());
        }

        // A bureau registers organizations in its own region only (A4, A11).
        if (!context.Actor.OverseesRegion(command.RegionCode))
        {
            throw new DomainException(OrganizationErrors.OutsideActorRegion, id.ToString());
        }

        var now = time.GetUtcNow().UtcDateTime;
        state.State.IsRegistered = true;
        state.State.Name = name;
        state.State.Kind = command.Kind;
        state.State.RegionCode = command.RegionCode;
        state.State.Status = OrganizationStatus.Active;
        state.State.RegisteredUtc = now;
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();

        await readModel.UpsertAsync(new OrganizationRow
        {
            Id = id.ToString(),
            Name = name,
            Kind = command.Kind.ToString(),
            RegionCode = command.RegionCode,
            Status = OrganizationStatus.Active.ToString(),
            CreatedUtc = now,
            UpdatedUtc = now,
        });
        await audit.RecordAsync(context, "organization.registered", "organization", id.ToString(), $"kind={command.Kind}; region={command.RegionCode}");
        return ToProfile();
    }

    public Task<OrganizationProfile?> GetProfileAsync() =>
        Task.FromResult(state.State.IsRegistered ? ToProfile() : null);

    private OrganizationProfile ToProfile() => new(
        this.GetPrimaryKey(),
        state.State.Name,
        state.State.Kind,
        state.State.RegionCode,
        state.State.Status,
        state.State.RegisteredUtc);
}
