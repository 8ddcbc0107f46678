using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Stars;

/// <summary>A26: star levels by cumulative certified hours, applied for and granted one level at a time.</summary>
public sealed class StarRules(StarOptions options)
{
    public int HighestLevel => options.ThresholdHours.Length;

    /// <summary>The certified minutes a level needs; level 1 is the first threshold.</summary>
    public long ThresholdMinutes(int level) => options.ThresholdHours[level - 1] * 60L;

    /// <summary>The highest level the minutes reach, 0 below the first threshold.</summary>
    public int LevelFor(long certifiedMinutes) =>
        Enumerable.Range(1, HighestLevel).LastOrDefault(level => certifiedMinutes >= ThresholdMinutes(level));

    /// <summary>The minutes still missing for the level; 0 once reached.</summary>
    public long MissingMinutes(int level, long certifiedMinutes) => Math.Max(0, ThresholdMinutes(level) - certifiedMinutes);

    /// <summary>依次申请评定: the next level only, once the hours reach it, not while another waits or while revoked.</summary>
    public StarFacts Apply(StarFacts facts, int level, long certifiedMinutes, bool revoked, string subject)
    {
        if (revoked)
        {
            throw new DomainException(StarErrors.Suspended, subject);
        }

        if (facts.PendingLevel is not null)
        {
            throw new DomainException(StarErrors.ApplicationPending, subject);
        }

        if (level != facts.Level + 1 || level > HighestLevel)
        {
            throw new DomainException(StarErrors.NotNextLevel, subject);
        }

        return certifiedMinutes < ThresholdMinutes(level)
            ? throw new DomainException(StarErrors.BelowThreshold, subject)
            : facts with { PendingLevel = level };
    }

    /// <summary>
    /// A reviewer grants the level applied for or declines it with a reason; the hours are checked again, as a
    /// correction may have lowered them since the application.
    /// </summary>
    /// <returns>The new standing and the reason, trimmed (null when none was given).</returns>
    public (StarFacts Facts, string? Reason) Decide(StarFacts facts, int level, bool grant, string? reason, long certifiedMinutes, bool revoked, string subject)
    {
        if (facts.PendingLevel != level)
        {
            throw new DomainException(StarErrors.NoApplication, subject);
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if ((!grant && why is null) || why?.Length > ServiceRules.MaxTextLength)
        {
            throw new DomainException(StarErrors.ReasonRequired, subject);
        }

        if (grant && revoked)
        {
            throw new DomainException(StarErrors.Suspended, subject);
        }

        if (grant && certifiedMinutes < ThresholdMinutes(level))
        {
            throw new DomainException(StarErrors.BelowThreshold, subject);
        }

        return (new StarFacts(grant ? level : facts.Level, null, facts.ReviewDue), why);
    }

    /// <summary>After a correction took the hours below the level: keep it, or lower it to the highest level the hours still reach.</summary>
    public (StarFacts Facts, string Reason) Review(StarFacts facts, bool keep, string reason, long certifiedMinutes, string subject)
    {
        if (!facts.ReviewDue)
        {
            throw new DomainException(StarErrors.NoReviewDue, subject);
        }

        var why = reason.Trim();
        if (why.Length is 0 or > ServiceRules.MaxTextLength)
        {
            throw new DomainException(StarErrors.ReasonRequired, subject);
        }

        var level = keep ? facts.Level : Math.Min(facts.Level, LevelFor(certifiedMinutes));
        return (facts with { Level = level, ReviewDue = false }, why);
    }

    /// <summary>
    /// Hours below the granted level's threshold flag the level for review instead of removing it: the reviewer
    /// decides whether it stands (A26, 办法 Art13).
    /// </summary>
    public bool NeedsReview(StarFacts facts, long certifiedMinutes) =>
        facts.Level > 0 && !facts.ReviewDue && certifiedMinutes < ThresholdMinutes(facts.Level);

    /// <summary>What the portal and reviewers show: the level, what the next one needs, and whether she may apply now.</summary>
    public StarStanding Standing(StarFacts facts, long certifiedMinutes, bool revoked)
    {
        var next = facts.Level < HighestLevel ? facts.Level + 1 : (int?)null;
        var missing = next is { } n ? MissingMinutes(n, certifiedMinutes) : 0;
        return new StarStanding(
            facts.Level,
            facts.PendingLevel,
            revoked,
            facts.ReviewDue,
            next is { } nextLevel ? (int)(ThresholdMinutes(nextLevel) / 60) : null,
            ServiceRules.Hours(missing),
            next is not null && missing == 0 && !revoked && facts.PendingLevel is null);
    }

    /// <summary>The thresholds must rise, or a higher level could be met before a lower one.</summary>
    public static bool AreValid(StarOptions options) =>
        options.ThresholdHours.Length > 0 && options.ThresholdHours[0] > 0
        && options.ThresholdHours.Zip(options.ThresholdHours.Skip(1)).All(pair => pair.First < pair.Second);
}
