using System.Globalization;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.SpotChecks;

namespace VolunteerRecords.Grains.SpotChecks;

/// <summary>
/// A spot check. Its rows are the record — the check and its entries written once, every verdict and answer appended —
/// so the grain keeps no state: it checks who may say what, and puts one check's commands one after the other.
/// </summary>
public sealed class SpotCheckGrain(ISpotCheckStore store, IRegionDirectory regions, GrainAudit audit, TimeProvider time) : Grain, ISpotCheckGrain
{
    private string Key => this.GetPrimaryKey().ToString();

    public async Task DrawAsync(DateOnly from, DateOnly to, int size, CommandContext context)
    {
        if (context.Actor is not { IsBureau: true, RegionCode: { } region } || context.OperationId != this.GetPrimaryKey())
        {
            throw new DomainException(SpotCheckErrors.NotAllowed, Key);
        }

        if (SpotCheckRules.Refusal(from, to, size, ChinaTime.Today(time)) is { } refusal)
        {
            throw new DomainException(refusal, Key);
        }

        IReadOnlyCollection<string>? scope = region == RegionCodes.City ? null
            : [.. (await regions.ListAsync()).Where(r => RegionCodes.Contains(region, r.Code)).Select(r => r.Code)];
        await store.DrawAsync(new SpotCheckRow
        {
            Id = Key,
            RegionCode = region,
            FromDay = from,
            ToDay = to,
            Size = size,
            DrawnByName = context.Actor.DisplayName,
            DrawnUtc = time.GetUtcNow().UtcDateTime,
        }, scope);
        await audit.RecordAsync(context, "spot-check.drawn", "spot-check", Key,
            string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}, {size}"));
    }

    public async Task MarkAsync(Guid rootId, SpotCheckVerdict verdict, string note, CommandContext context)
    {
        var check = await store.FindAsync(Key) ?? throw new DomainException(SpotCheckErrors.NotFound, Key);
        if (!context.Actor.OverseesRegion(check.RegionCode))
        {
            throw new DomainException(SpotCheckErrors.NotAllowed, Key);
        }

        var text = note.Trim();
        if (verdict == SpotCheckVerdict.Answered || !SpotCheckRules.NoteFits(verdict, text))
        {
            throw new DomainException(SpotCheckErrors.NoteRequired, Key);
        }

        _ = await store.FindItemAsync(Key, rootId.ToString()) ?? throw new DomainException(SpotCheckErrors.NotFound, Key);
        await AppendAsync(rootId, verdict, text, context);
    }

    public async Task AnswerAsync(Guid rootId, string answer, CommandContext context)
    {
        var item = await store.FindItemAsync(Key, rootId.ToString()) ?? throw new DomainException(SpotCheckErrors.NotFound, Key);
        if (context.Actor.Role is not (Role.OrganizationAdmin or Role.Recorder) || context.Actor.OrganizationId?.ToString() != item.OrganizationId)
        {
            throw new DomainException(SpotCheckErrors.NotAllowed, Key);
        }

        var text = answer.Trim();
        if (!SpotCheckRules.NoteFits(SpotCheckVerdict.Answered, text))
        {
            throw new DomainException(SpotCheckErrors.NoteRequired, Key);
        }

        // Only a question waits for an answer; the same answer posted again (a retry) is answered as done.
        if (item.LastVerdict != SpotCheckVerdict.Questioned)
        {
            if (await store.HasOperationAsync(context.OperationId.ToString()))
            {
                return;
            }

            throw new DomainException(SpotCheckErrors.NotQuestioned, Key);
        }

        await AppendAsync(rootId, SpotCheckVerdict.Answered, text, context);
    }

    private async Task AppendAsync(Guid rootId, SpotCheckVerdict verdict, string note, CommandContext context)
    {
        var at = time.GetUtcNow().UtcDateTime;
        if (await store.AppendAsync(new SpotCheckEvent(context.OperationId.ToString(), Key, rootId.ToString(), verdict, note, context.Actor.DisplayName, at)))
        {
            await audit.RecordAsync(context, "spot-check." + verdict.ToString().ToLowerInvariant(), "spot-check", Key, "entry=" + rootId);
        }
    }
}
