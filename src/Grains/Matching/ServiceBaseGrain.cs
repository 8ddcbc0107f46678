using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Matching;

namespace VolunteerRecords.Grains.Matching;

public sealed class ServiceBaseGrain(
    [PersistentState("service-base", StorageNames.Records)] IPersistentState<ServiceBaseState> state,
    IMatchingStore store,
    GrainAudit audit,
    TimeProvider time) : Grain, IServiceBaseGrain
{
    private string Key => this.GetPrimaryKey().ToString();

    public async Task RegisterAsync(ServiceBaseAgreement agreement, CommandContext context)
    {
        if (state.State.Agreement is { } registered)
        {
            // The same registration posted again is a repeat; another one under this key is refused.
            if (registered.OrganizationId == agreement.OrganizationId && registered.Name == agreement.Name.Trim() && registered.From == agreement.From)
            {
                return;
            }

            throw new DomainException(MatchingErrors.AlreadyExists, Key);
        }

        await MatchingRules.RequireActsForAsync(GrainFactory, agreement.OrganizationId, context.Actor, Key);
        var clean = agreement with
        {
            Name = MatchingRules.Short(agreement.Name, Key),
            Address = MatchingRules.Short(agreement.Address, Key),
            Kinds = [.. agreement.Kinds.Distinct().Order(StringComparer.Ordinal)],
        };
        if (agreement.To < agreement.From)
        {
            throw new DomainException(MatchingErrors.DatesInvalid, Key);
        }

        if (clean.Kinds.Count == 0 || !await GrainFactory.GetGrain<ICategoryCatalogGrain>(0).AreListedAsync(clean.Kinds))
        {
            throw new DomainException(MatchingErrors.TextInvalid, Key);
        }

        state.State.Agreement = clean;
        state.State.CreatedUtc = time.GetUtcNow().UtcDateTime;
        await state.WriteStateAsync();
        await store.UpsertBaseAsync(new ServiceBaseRow
        {
            Id = Key,
            OrganizationId = clean.OrganizationId.ToString(),
            Name = clean.Name,
            Address = clean.Address,
            AgreementFrom = clean.From,
            AgreementTo = clean.To,
            Kinds = string.Join(',', clean.Kinds),
            CreatedUtc = state.State.CreatedUtc,
        });
        await audit.RecordAsync(context, "service-base.registered", "service-base", Key, $"organization={clean.OrganizationId}");
    }

    public Task<ServiceBaseAgreement?> GetAsync() => Task.FromResult(state.State.Agreement);
}
