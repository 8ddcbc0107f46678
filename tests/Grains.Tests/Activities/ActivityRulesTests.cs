using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Tests.Activities;

/// <summary>The plan rules on their own, without a cluster.</summary>
public sealed class ActivityRulesTests
{
    private static readonly DateTime Start = new(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc);
    private static readonly RecruitmentSettings Recruitment = new(false, false, false, 10, null);

    [Fact]
    public void A_plan_keeps_its_sessions_in_order_of_time_and_its_texts_trimmed_A8_A9()
    {
        var late = new ActivitySession(Guid.NewGuid(), Start.AddDays(1), Start.AddDays(1).AddHours(2));
        var early = new ActivitySession(Guid.NewGuid(), Start, Start.AddHours(2));

        var (sessions, risks, agreement) = ActivityRules.Plan(new ActivityPlan([late, early], Recruitment, " 注意防滑。 ", " 服务无偿。 ", false), "a");

        Assert.Equal([early.Id, late.Id], sessions.Select(s => s.Id));
        Assert.Equal(("注意防滑。", "服务无偿。"), (risks, agreement));
    }

    [Fact]
    public void Overlapping_or_empty_sessions_a_quota_of_none_and_a_deadline_after_the_start_are_refused_A8()
    {
        var session = new ActivitySession(Guid.NewGuid(), Start, Start.AddHours(2));
        var overlapping = new ActivitySession(Guid.NewGuid(), Start.AddHours(1), Start.AddHours(3));

        Assert.Equal(ActivityErrors.SessionsInvalid, Refused(new ActivityPlan([session, overlapping], Recruitment, "", "", false)));
        Assert.Equal(ActivityErrors.SessionsInvalid, Refused(new ActivityPlan([], Recruitment, "", "", false)));
        Assert.Equal(ActivityErrors.SessionsInvalid, Refused(new ActivityPlan([session with { EndUtc = Start.AddHours(25) }], Recruitment, "", "", false)));
        Assert.Equal(ActivityErrors.QuotaInvalid, Refused(new ActivityPlan([session], Recruitment with { Quota = 0 }, "", "", false)));
        Assert.Equal(ActivityErrors.DeadlineInvalid, Refused(new ActivityPlan([session], Recruitment with { SignUpDeadlineUtc = Start.AddMinutes(1) }, "", "", false)));
    }

    [Fact]
    public void A_draft_needs_a_title_and_a_place()
    {
        var draft = new CreateActivityDraft(Guid.NewGuid(), " 敬老院探访 ", ServiceCategory.CommunityService, "", " 细河区敬老院 ");

        Assert.Equal(("敬老院探访", "", "细河区敬老院"), ActivityRules.Texts(draft, "a"));
        Assert.Equal(ActivityErrors.TitleInvalid, Assert.Throws<DomainException>(() => ActivityRules.Texts(draft with { Title = " " }, "a")).Code);
        Assert.Equal(ActivityErrors.PlaceInvalid, Assert.Throws<DomainException>(() => ActivityRules.Texts(draft with { Place = new string('地', 201) }, "a")).Code);
    }

    private static string Refused(ActivityPlan plan) => Assert.Throws<DomainException>(() => ActivityRules.Plan(plan, "a")).Code;
}
