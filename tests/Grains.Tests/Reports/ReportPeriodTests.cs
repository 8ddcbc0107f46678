using VolunteerRecords.Grains.Reports;

namespace VolunteerRecords.Grains.Tests.Reports;

public sealed class ReportPeriodTests
{
    [Fact]
    public void Recurring_reports_cover_the_month_quarter_or_year_that_just_ended_A28()
    {
        var today = new DateOnly(2026, 1, 1);

        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), Span(ReportPeriod.Previous(ReportKind.Monthly, today)));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), Span(ReportPeriod.Previous(ReportKind.Quarterly, today)));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), Span(ReportPeriod.Previous(ReportKind.Yearly, today)));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), Span(ReportPeriod.Previous(ReportKind.Quarterly, new DateOnly(2026, 7, 15))));
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), Span(ReportPeriod.Previous(ReportKind.Monthly, new DateOnly(2026, 3, 1))));
    }

    [Fact]
    public void A_chosen_period_is_whole_months_in_order_not_in_the_future_and_at_most_five_years_A21()
    {
        var today = new DateOnly(2026, 11, 29);

        var chosen = ReportPeriod.Custom(new DateOnly(2026, 3, 15), new DateOnly(2026, 11, 2), today);

        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 11, 30)), Span(chosen!));
        Assert.Null(ReportPeriod.Custom(new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), today));
        Assert.Null(ReportPeriod.Custom(new DateOnly(2026, 5, 1), new DateOnly(2026, 12, 1), today));
        Assert.Null(ReportPeriod.Custom(new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 1), today));
        Assert.Equal("monthly:2025-12:2025-12:210900", ReportPeriod.Previous(ReportKind.Monthly, new DateOnly(2026, 1, 5)).IdFor("210900"));
    }

    private static (DateOnly, DateOnly) Span(ReportPeriod period) => (period.FirstMonth, period.LastDay);
}
