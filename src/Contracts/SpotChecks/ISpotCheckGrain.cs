using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.SpotChecks;

/// <summary>One spot check of a bureau, keyed by its id (the operation that drew it): its entries and what was said.</summary>
[Alias("vr.ISpotCheckGrain")]
public interface ISpotCheckGrain : IGrainWithGuidKey
{
    /// <summary>A bureau draws a random sample of the certified entries of its region's organizations for a period.</summary>
    [Alias("Draw")]
    Task DrawAsync(DateOnly from, DateOnly to, int size, CommandContext context);

    /// <summary>The bureau confirms an entry, or questions it with a note; each verdict is a new row.</summary>
    [Alias("Mark")]
    Task MarkAsync(Guid rootId, SpotCheckVerdict verdict, string note, CommandContext context);

    /// <summary>The organization answers a question on one of its entries (correcting it, where needed, as any record).</summary>
    [Alias("Answer")]
    Task AnswerAsync(Guid rootId, string answer, CommandContext context);
}
