using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Tests.Common;

/// <summary>The one command skeleton, on a state held in memory: repeat check, state write, then what derives from it.</summary>
public sealed class GrainCommandTests
{
    private static readonly Actor Recorder = new("recorder", "记录员", Role.Recorder, null, Guid.NewGuid(), null);

    [Fact]
    public async Task A_command_writes_its_state_with_the_change_before_publishing_what_derives_from_it_A20()
    {
        var state = new MemoryState();
        var context = new CommandContext(Guid.NewGuid(), Recorder, null);
        var writesSeenByPublish = -1;

        await GrainCommand.CommitAsync(state, LastChange.From(context, "team.joined", null, DateTime.UtcNow), _ =>
        {
            writesSeenByPublish = state.Writes;
            return Task.CompletedTask;
        });

        Assert.Equal((1, 1), (state.Writes, writesSeenByPublish));
        Assert.True(state.State.Operations.Contains(context.OperationId));
        Assert.Equal(context.OperationId, state.State.LastChange!.OperationId);
    }

    [Fact]
    public async Task A_repeat_changes_nothing_and_publishes_its_change_again_only_while_it_is_the_last_A20()
    {
        var state = new MemoryState();
        var first = new CommandContext(Guid.NewGuid(), Recorder, null);
        var second = new CommandContext(Guid.NewGuid(), Recorder, null);
        var published = new List<Guid>();
        Task Publish(LastChange change)
        {
            published.Add(change.OperationId);
            return Task.CompletedTask;
        }

        var fresh = await GrainCommand.IsRepeatAsync(state, first, Publish);
        await GrainCommand.CommitAsync(state, LastChange.From(first, "a", null, DateTime.UtcNow), Publish);
        var repeatWhileLast = await GrainCommand.IsRepeatAsync(state, first, Publish);
        await GrainCommand.CommitAsync(state, LastChange.From(second, "b", null, DateTime.UtcNow), Publish);
        var repeatAfterAnother = await GrainCommand.IsRepeatAsync(state, first, Publish);

        Assert.Equal((false, true, true), (fresh, repeatWhileLast, repeatAfterAnother));
        Assert.Equal([first.OperationId, first.OperationId, second.OperationId], published);
        Assert.Equal(2, state.Writes);
    }

    private sealed class Commanded : ICommandState
    {
        public RecentOperations Operations { get; } = new();

        public LastChange? LastChange { get; set; }
    }

    private sealed class MemoryState : IPersistentState<Commanded>
    {
        public int Writes { get; private set; }

        public Commanded State { get; set; } = new();

        public string? Etag => null;

        public bool RecordExists => Writes > 0;

        public Task ClearStateAsync() => throw new NotSupportedException();

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task WriteStateAsync()
        {
            Writes++;
            return Task.CompletedTask;
        }
    }
}
