namespace VolunteerRecords.Grains.Common;

/// <summary>
/// Travels with every command. The operation id comes from the form (or the job), so a double click or a retry
/// is recognised by the grain and does nothing twice (docs/architecture.md, "How a command travels").
/// </summary>
[GenerateSerializer, Immutable, Alias("vr.CommandContext")]
public sealed record CommandContext(
    [property: Id(0)] Guid OperationId,
    [property: Id(1)] Actor Actor,
    [property: Id(2)] string? RemoteIp);
