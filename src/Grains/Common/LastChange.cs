namespace VolunteerRecords.Grains.Common;

/// <summary>
/// The most recent change a grain made, kept with its state. State is written first; the rows and audit line that
/// report the change follow and are idempotent by operation id, so a retry after a failure in between re-publishes
/// them from here instead of losing them.
/// </summary>
[GenerateSerializer, Immutable, Alias("vr.LastChange")]
public sealed record LastChange(
    [property: Id(0)] Guid OperationId,
    [property: Id(1)] string Event,
    [property: Id(2)] string? Reason,
    [property: Id(3)] string ActorId,
    [property: Id(4)] string ActorName,
    [property: Id(5)] string? RemoteIp,
    [property: Id(6)] DateTime AtUtc,
    [property: Id(7)] string? Detail = null)
{
    /// <param name="reason">Free text typed by a person: kept in the domain tables, never copied into the audit log.</param>
    /// <param name="detail">Ids and codes only: what the audit line says.</param>
    public static LastChange From(CommandContext context, string @event, string? reason, DateTime atUtc, string? detail = null) =>
        new(context.OperationId, @event, reason, context.Actor.AccountId, context.Actor.DisplayName, context.RemoteIp, atUtc, detail);
}
