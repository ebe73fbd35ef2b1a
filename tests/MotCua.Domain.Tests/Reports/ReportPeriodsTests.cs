using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Reports;

public sealed class ReportPeriodsTests
{
    private ReportPeriods Periods { get; } = ReportPeriods.Shipped();

    [Theory]
    // REPORTS.md §1, Decree 09/2019 art. 12: from the 15th of the month before to the 14th.
    [InlineData("2024-M03", PeriodKind.Month, "2024-02-15", "2024-03-14")]
    [InlineData("2024-M01", PeriodKind.Month, "2023-12-15", "2024-01-14")]
    [InlineData("2024-Q1", PeriodKind.Quarter, "2023-12-15", "2024-03-14")]
    [InlineData("2024-Q4", PeriodKind.Quarter, "2024-09-15", "2024-12-14")]
    [InlineData("2024-H1", PeriodKind.HalfYear, "2023-12-15", "2024-06-14")]
    [InlineData("2024-H2", PeriodKind.HalfYear, "2024-06-15", "2024-12-14")]
    [InlineData("2024-9M", PeriodKind.NineMonths, "2023-12-15", "2024-09-14")]
    [InlineData("2024-Y", PeriodKind.Year, "2023-12-15", "2024-12-14")]
    public void A_code_names_the_cutoff_period_of_Decree_09(string code, PeriodKind kind, string from, string to)
    {
        var period = Periods.Parse(code, PeriodBasis.Cutoff).ShouldNotBeNull();

        period.Code.ShouldBe(code);
        period.Kind.ShouldBe(kind);
        period.From.ShouldBe(Day(from));
        period.To.ShouldBe(Day(to));
    }

    [Theory]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31")]
    [InlineData("2024-M02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-Y", "2024-01-01", "2024-12-31")]
    public void The_calendar_basis_takes_whole_months(string code, string from, string to)
    {
        var period = Periods.Parse(code, PeriodBasis.Calendar).ShouldNotBeNull();

        (period.From, period.To).ShouldBe((Day(from), Day(to)));
    }

    [Theory]
    // Seed 001: communes and divisions to the district by the 17th of the last month, the district to the province by the 19th.
    [InlineData("2024-Q1", ReportingLevel.Unit, "2024-03-17")]
    [InlineData("2024-Q1", ReportingLevel.District, "2024-03-19")]
    [InlineData("2024-Y", ReportingLevel.Unit, "2024-12-17")]
    public void Deadlines_fall_in_the_last_month_by_level(string code, ReportingLevel level, string deadline) =>
        Periods.Parse(code, PeriodBasis.Cutoff)!.DeadlineFor(level).ShouldBe(Day(deadline));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024")]
    [InlineData("2024-Q5")]
    [InlineData("2024-M13")]
    [InlineData("24-Q1")]
    [InlineData("2024Q1")]
    [InlineData("abcd-Q1")]
    [InlineData("2019-Q1")]
    public void Anything_else_is_no_period(string? code) => Periods.Parse(code, PeriodBasis.Cutoff).ShouldBeNull();

    [Theory]
    [InlineData("2024-Q1", "2023-Q4")]
    [InlineData("2024-Q3", "2024-Q2")]
    [InlineData("2024-M01", "2023-M12")]
    [InlineData("2024-H2", "2024-H1")]
    public void The_previous_period_ends_the_day_before(string code, string previous)
    {
        var period = Periods.Parse(code, PeriodBasis.Cutoff)!;

        var before = Periods.Previous(period);

        before.Code.ShouldBe(previous);
        before.To.AddDays(1).ShouldBe(period.From);
    }

    [Theory]
    // A year's first part follows the previous year's last: 2024-Y after 2023-Y, 2024-9M after 2023-9M.
    [InlineData("2024-Y", "2023-Y", "2022-12-15", "2023-12-14")]
    [InlineData("2024-9M", "2023-9M", "2022-12-15", "2023-09-14")]
    [InlineData("2024-q2", "2024-Q1", "2023-12-15", "2024-03-14")]
    public void A_kind_with_one_part_a_year_goes_back_a_year(string code, string previous, string from, string to)
    {
        var before = Periods.Previous(Periods.Parse(code, PeriodBasis.Cutoff)!);

        (before.Code, before.From, before.To).ShouldBe((previous, Day(from), Day(to)));
    }

    [Fact]
    public void A_range_is_any_run_of_whole_days_with_no_deadline_under_the_version_then_in_force()
    {
        var range = Periods.Range(Day("2024-01-05"), Day("2024-02-10"));

        (range.Code, range.Kind, range.Basis, range.From, range.To).ShouldBe(("2024-01-05..2024-02-10", PeriodKind.Range, PeriodBasis.Calendar, Day("2024-01-05"), Day("2024-02-10")));
        range.Version.ShouldBe("2020-04");
        range.DeadlineFor(ReportingLevel.Unit).ShouldBeNull();
        // Before the first version took effect, a range still reads under it.
        Periods.Range(Day("2019-06-01"), Day("2019-06-30")).Version.ShouldBe("2020-04");
    }

    [Fact]
    public void A_range_follows_the_version_in_force_on_its_first_day()
    {
        var first = Periods.Versions[0];
        var periods = new ReportPeriods([first, first with { Version = "2026", EffectiveFrom = Day("2026-01-01") }]);

        periods.Range(Day("2025-12-31"), Day("2026-01-31")).Version.ShouldBe("2020-04");
        periods.Range(Day("2026-01-01"), Day("2026-01-31")).Version.ShouldBe("2026");
    }

    [Theory]
    // Seed 001: the unit's quarterly deadline is the 17th of the quarter's last month; the window includes both ends.
    [InlineData("2024-03-17", "2024-03-17", new[] { "2024-Q1" })]
    [InlineData("2024-03-18", "2024-06-16", new string[0])]
    [InlineData("2023-12-17", "2024-03-17", new[] { "2023-Q4", "2024-Q1" })]
    public void The_periods_due_are_those_whose_deadline_falls_in_the_window_both_ends_included(string from, string to, string[] codes) =>
        Periods.DueBetween(Day(from), Day(to), ReportingLevel.Unit, [PeriodKind.Quarter]).Select(p => p.Code).Order(StringComparer.Ordinal).ShouldBe(codes);

    [Fact]
    public void A_level_with_no_deadline_owes_nothing_in_the_window()
    {
        // Decree 09's quarters set no province deadline (only the 933 months do).
        Periods.DueBetween(Day("2024-03-01"), Day("2024-03-31"), ReportingLevel.Province, [PeriodKind.Quarter]).ShouldBeEmpty();
    }

    [Fact]
    public void The_year_of_a_code_is_read_from_1900_when_a_version_is_in_force_then()
    {
        var periods = new ReportPeriods([Periods.Versions[0] with { EffectiveFrom = Day("1900-01-01") }]);

        periods.Parse("1900-Q2", PeriodBasis.Calendar)!.From.ShouldBe(Day("1900-04-01"));
        periods.Parse("1899-Q2", PeriodBasis.Calendar).ShouldBeNull();
    }

    [Fact]
    public void A_part_of_a_year_before_the_only_version_is_no_period_even_in_the_versions_first_year()
    {
        var periods = new ReportPeriods([Periods.Versions[0] with { EffectiveFrom = Day("2024-04-01") }]);

        periods.Parse("2024-Q1", PeriodBasis.Calendar).ShouldBeNull();
        periods.Parse("2024-Q2", PeriodBasis.Calendar)!.From.ShouldBe(Day("2024-04-01"));
    }
}
