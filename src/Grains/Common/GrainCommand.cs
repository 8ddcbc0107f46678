namespace VolunteerRecords.Grains.Common;

/// <summary>
/// The one way a grain carries out a command: its operation id is looked up first and a repeat changes nothing
/// (it only publishes the last change again, in case the first attempt stopped between its state write and its rows);
/// then the grain applies its rules; then <see cref="CommitAsync"/> writes the state with the change and publishes
/// the rows and the audit line, which are keyed by the operation so that publishing twice writes them once.
/// </summary>
public static class GrainCommand
{
    /// <returns>true when the operation was carried out already; its change, if it was the last, is published again.</returns>
    public static async Task<bool> IsRepeatAsync<TState>(IPersistentState<TState> state, CommandContext context, Func<LastChange, Task> publish)
        where TState : ICommandState
    {
        if (!state.State.Operations.Contains(context.OperationId))
        {
            return false;
        }

        if (state.State.LastChange is { } change && change.OperationId == context.OperationId)
        {
            await publish(change);
        }

        return true;
    }

    /// <summary>Writes the state with the change and the operation, then publishes what derives from them.</summary>
    public static async Task CommitAsync<TState>(IPersistentState<TState> state, LastChange change, Func<LastChange, Task> publish)
        where TState : ICommandState
    {
        state.State.LastChange = change;
        state.State.Operations.Add(change.OperationId);
        await state.WriteStateAsync();
        await publish(change);
    }
}
