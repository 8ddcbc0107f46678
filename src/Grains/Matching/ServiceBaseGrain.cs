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
        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return;
        }

        if (state.State.Agreement is { } registered)
        {
            // The same registration posted again (by a version that kept no operations) is a repeat; another one is refused.
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
        await GrainCommand.CommitAsync(
            state, LastChange.From(context, "service-base.registered", null, state.State.CreatedUtc, $"organization={clean.OrganizationId}"), PublishAsync);
    }

    /// <summary>The base's row in the list and the audit line; safe to repeat.</summary>
    private async Task PublishAsync(LastChange change)
    {
        await store.UpsertBaseAsync(new ServiceBaseRow
        {
            Id = Key,
            OrganizationId = state.State.Agreement!.OrganizationId.ToString(),
            Name = state.State.Agreement!.Name,
            Address = state.State.Agreement!.Address,
            AgreementFrom = state.State.Agreement!.From,
            AgreementTo = state.State.Agreement!.To,
            Kinds = string.Join(',', state.State.Agreement!.Kinds),
            CreatedUtc = state.State.CreatedUtc,
        });
        await audit.RecordAsync(change, "service-base", Key);
    }

    public Task<ServiceBaseAgreement?> GetAsync() => Task.FromResult(state.State.Agreement);
}
