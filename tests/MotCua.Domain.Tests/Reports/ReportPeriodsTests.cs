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
}
