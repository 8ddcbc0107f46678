using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Storage.Stars;

namespace VolunteerRecords.Grains.Tests.Stars;

/// <summary>The star ladder on its own, without a cluster: 100, 300, 600, 1000, 1500 hours (A26).</summary>
public sealed class StarRulesTests
{
    private static readonly StarRules Rules = new(new StarOptions());

    [Fact]
    public void One_level_at_a_time_once_the_hours_reach_it_and_not_while_revoked_A26()
    {
        var applied = Rules.Apply(StarFacts.None, 1, 100 * 60, false, "v");

        Assert.Equal(1, applied.PendingLevel);
        Assert.Equal(StarErrors.NotNextLevel, Refused(() => Rules.Apply(StarFacts.None, 2, 400 * 60, false, "v")));
        Assert.Equal(StarErrors.BelowThreshold, Refused(() => Rules.Apply(StarFacts.None, 1, 99 * 60, false, "v")));
        Assert.Equal(StarErrors.ApplicationPending, Refused(() => Rules.Apply(applied, 2, 400 * 60, false, "v")));
        Assert.Equal(StarErrors.Suspended, Refused(() => Rules.Apply(StarFacts.None, 1, 100 * 60, true, "v")));
    }

    [Fact]
    public void A_grant_checks_the_hours_again_and_a_refusal_says_why_A26()
    {
        var applied = new StarFacts(0, 1, false);

        Assert.Equal((new StarFacts(1, null, false), (string?)null), Rules.Decide(applied, 1, true, " ", 100 * 60, false, "v"));
        Assert.Equal((new StarFacts(0, null, false), (string?)"时长存疑"), Rules.Decide(applied, 1, false, " 时长存疑 ", 100 * 60, false, "v"));
        Assert.Equal(StarErrors.ReasonRequired, Refused(() => Rules.Decide(applied, 1, false, null, 100 * 60, false, "v")));
        Assert.Equal(StarErrors.BelowThreshold, Refused(() => Rules.Decide(applied, 1, true, null, 80 * 60, false, "v")));
        Assert.Equal(StarErrors.NoApplication, Refused(() => Rules.Decide(applied, 2, true, null, 400 * 60, false, "v")));
    }

    [Fact]
    public void Hours_below_the_level_flag_it_for_review_and_lowering_goes_to_what_the_hours_reach_A26()
    {
        var three = new StarFacts(3, null, false);

        Assert.True(Rules.NeedsReview(three, 500 * 60));
        Assert.False(Rules.NeedsReview(three, 600 * 60));
        Assert.False(Rules.NeedsReview(three with { ReviewDue = true }, 500 * 60));
        Assert.Equal(new StarFacts(2, null, false), Rules.Review(three with { ReviewDue = true }, false, "更正后不足", 500 * 60, "v").Facts);
        Assert.Equal(new StarFacts(3, null, false), Rules.Review(three with { ReviewDue = true }, true, "误录已核实", 500 * 60, "v").Facts);
        Assert.Equal(StarErrors.NoReviewDue, Refused(() => Rules.Review(three, true, "无", 500 * 60, "v")));
    }

    [Fact]
    public void A_star_kept_before_its_grain_existed_is_read_from_her_steps_A26()
    {
        StarEvent[] steps =
        [
            Step(StarEventKind.Applied, 1), Step(StarEventKind.Granted, 1), Step(StarEventKind.Applied, 2), Step(StarEventKind.Declined, 2),
            Step(StarEventKind.Flagged, 1),
        ];

        Assert.Equal(new StarFacts(1, null, true), StarHistoryFold.Of(steps));
        Assert.Equal(new StarFacts(0, null, false), StarHistoryFold.Of([.. steps, Step(StarEventKind.Lowered, 0)]));
        Assert.Equal(new StarFacts(1, 2, true), StarHistoryFold.Of([.. steps, Step(StarEventKind.Applied, 2)]));
    }

    [Fact]
    public void Her_standing_says_what_the_next_level_needs_and_whether_she_may_apply_A26()
    {
        var standing = Rules.Standing(new StarFacts(1, null, false), 250 * 60, false);

        Assert.Equal((1, 300, 50m, false), (standing.Level, standing.NextThresholdHours!.Value, standing.MissingHours, standing.MayApply));
        Assert.True(Rules.Standing(new StarFacts(1, null, false), 300 * 60, false).MayApply);
        Assert.False(Rules.Standing(new StarFacts(1, null, false), 300 * 60, true).MayApply);
    }

    [Fact]
    public void The_default_standing_is_a_new_value_each_time_so_no_stored_state_can_change_another()
    {
        Assert.NotSame(StarFacts.None, StarFacts.None);
    }

    private static StarEvent Step(string kind, int level) => new() { Kind = kind, Level = level };

    private static string Refused(Func<object?> rule) => Assert.Throws<DomainException>(rule).Code;
}
