using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Stars;

/// <remarks>
/// Stored as JSON with its type name: keep the name and namespace stable. Before this grain existed the level was
/// kept in the volunteer's state; a volunteer whose star state was never written reads it from her history of steps.
/// </remarks>
[GenerateSerializer, Alias("vr.StarState")]
public sealed class StarState : ICommandState
{
    [Id(0)]
    public StarFacts Facts { get; set; } = StarFacts.None;

    [Id(1)]
    public RecentOperations Operations { get; set; } = new();

    [Id(2)]
    public LastChange? LastChange { get; set; }

    /// <summary>The step the last change adds to her history (a <c>StarEventKind</c>), published with it.</summary>
    [Id(3)]
    public string? LastStep { get; set; }

    /// <summary>The level that step names: the one applied for, granted, declined, kept or lowered to.</summary>
    [Id(5)]
    public int LastStepLevel { get; set; }

    /// <summary>The ledger position at which the level was flagged for review, while the review is owed.</summary>
    [Id(4)]
    public long? FlaggedAtSeq { get; set; }
}
