using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Bench.Grains;

public sealed class BenchStateGrain([PersistentState("bench", StorageNames.Records)] IPersistentState<BenchState> state) : Grain, IBenchStateGrain
{
    public Task WriteAsync(int value)
    {
        state.State.Value = value;
        return state.WriteStateAsync();
    }

    public Task<int> ReadAsync() => Task.FromResult(state.State.Value);
}
