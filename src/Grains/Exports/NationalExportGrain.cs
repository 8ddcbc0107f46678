using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Exports;

namespace VolunteerRecords.Grains.Exports;

public sealed class NationalExportGrain(
    [PersistentState("national-export", StorageNames.Records)] IPersistentState<NationalExportState> state,
    INationalExportStore exports,
    GrainAudit audit,
    TimeProvider time) : Grain, INationalExportGrain
{
    public async Task<int> CreateAsync(CommandContext context)
    {
        if (state.State.Recent.FirstOrDefault(r => r.OperationId == context.OperationId) is { } done)
        {
            return done.Number;
        }

        // The city uploads for the whole city: a district exporting its part would split the numbering.
        if (!context.Actor.IsCityBureau)
        {
            throw new DomainException(ExportErrors.NotAllowed, "national-export");
        }

        var export = await exports.CreateAsync(context.Actor.DisplayName, time.GetUtcNow().UtcDateTime)
            ?? throw new DomainException(ExportErrors.NothingNew, "national-export");
        state.State.Recent.Add(new ExportOperation { OperationId = context.OperationId, Number = export.Number });
        if (state.State.Recent.Count > NationalExportState.Remembered)
        {
            state.State.Recent.RemoveAt(0);
        }

        await state.WriteStateAsync();
        await audit.RecordAsync(
            context, "national-export.created", "national-export", export.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"records={export.RecordCount}; training={export.TrainingCount}; commendations={export.CommendationCount}");
        return export.Number;
    }
}
