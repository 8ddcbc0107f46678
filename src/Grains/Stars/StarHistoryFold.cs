using VolunteerRecords.Storage.Stars;

namespace VolunteerRecords.Grains.Stars;

/// <summary>Reads a star kept before the star grain existed: what her history of steps adds up to.</summary>
public static class StarHistoryFold
{
    /// <summary>The standing her history of steps adds up to, oldest first: how a star kept before its grain existed is read.</summary>
    public static StarFacts Of(IEnumerable<StarEvent> oldestFirst) =>
        oldestFirst.Aggregate(StarFacts.None, (facts, step) => step.Kind switch
        {
            StarEventKind.Applied => facts with { PendingLevel = step.Level },
            StarEventKind.Granted => facts with { Level = step.Level, PendingLevel = null },
            StarEventKind.Declined => facts with { PendingLevel = null },
            StarEventKind.Flagged => facts with { ReviewDue = true },
            StarEventKind.Kept or StarEventKind.Lowered => facts with { Level = step.Level, ReviewDue = false },
            _ => facts,
        });
}
