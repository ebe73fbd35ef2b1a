using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Reports;

/// <summary>
/// The period rules as data (REPORTS.md §1): what an uploaded version must hold to, and how a later version takes over
/// from the first day of its first month while the periods before it keep the rules they had.
/// </summary>
public sealed class PeriodRulesChecksTests
{
    private static PeriodCalendar Shipped => ReportPeriods.Shipped().Versions[0];

    // A version from 2026 whose cut-off is the 20th: 2026-Q1 runs 20/12/2025–19/03/2026.
    private static PeriodCalendar From2026 => Shipped with { Version = "2026", EffectiveFrom = Day("2026-01-01"), CutoffDay = 20 };

    [Fact]
    public void No_version_or_a_broken_one_is_refused()
    {
        Should.Throw<InvalidDataException>(() => new ReportPeriods([])).Message.ShouldBe("The period rules have no version.");
        Should.Throw<InvalidDataException>(() => new ReportPeriods([Shipped, Shipped with { CutoffDay = 1 }])).Message.ShouldBe("The cut-off day 1 must be 2 to 28.");
    }

    [Theory]
    // Decree 09/2019 art. 12 sets the 15th; a day 2–28 exists in every month and leaves the day before it in the month.
    [InlineData(2, true)]
    [InlineData(28, true)]
    [InlineData(1, false)]
    [InlineData(29, false)]
    public void The_cut_off_day_is_2_to_28(int day, bool valid)
    {
        var problems = ReportPeriods.Problems(Shipped with { CutoffDay = day });

        problems.Select(p => (p.Vi, p.En)).ShouldBe(valid ? [] : [($"Ngày chốt số liệu {day} phải từ 2 đến 28.", $"The cut-off day {day} must be 2 to 28.")]);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(28, true)]
    [InlineData(0, false)]
    [InlineData(29, false)]
    public void A_deadline_day_is_1_to_28_for_the_version_and_for_a_kind_of_its_own(int day, bool valid)
    {
        var own = Shipped.Kinds[^1] with { Deadlines = [new ReportDeadline(ReportingLevel.Unit, day)] };
        var versionWide = Shipped with { Deadlines = [new ReportDeadline(ReportingLevel.Unit, day)] };
        var kindOwn = Shipped with { Kinds = [.. Shipped.Kinds.SkipLast(1), own] };
        (string, string)[] expected = valid ? [] : [($"Hạn gửi báo cáo ngày {day} phải từ 1 đến 28.", $"The deadline day {day} must be 1 to 28.")];

        ReportPeriods.Problems(versionWide).Select(p => (p.Vi, p.En)).ShouldBe(expected);
        ReportPeriods.Problems(kindOwn).Select(p => (p.Vi, p.En)).ShouldBe(expected);
    }

    [Fact]
    public void A_kinds_own_cut_off_day_is_checked_too()
    {
        var kinds = Shipped.Kinds.Select(k => k.CutoffDay is null ? k : k with { CutoffDay = 30 }).ToList();

        ReportPeriods.Problems(Shipped with { Kinds = kinds }).ShouldHaveSingleItem().En.ShouldBe("The cut-off day 30 must be 2 to 28.");
    }

    [Theory]
    [InlineData(0, 3, "Kỳ Q1: tháng 0–3 không hợp lệ.", "Part Q1: months 0–3 are out of range.")]
    [InlineData(10, 13, "Kỳ Q1: tháng 10–13 không hợp lệ.", "Part Q1: months 10–13 are out of range.")]
    public void A_part_stays_within_the_twelve_months(int first, int last, string vi, string en)
    {
        var quarter = Shipped.Kinds.Single(k => k.Kind == PeriodKind.Quarter);
        var broken = quarter with { Parts = [new PeriodPart("Q1", first, last), .. quarter.Parts.Skip(1)] };

        ReportPeriods.Problems(Shipped with { Kinds = [broken] }).ShouldHaveSingleItem().ShouldBe(new TableProblem(vi, en));
    }

    [Fact]
    public void A_version_with_no_kind_no_name_or_a_repeated_part_says_so_in_both_languages()
    {
        ReportPeriods.Problems(Shipped with { Kinds = [] }).ShouldHaveSingleItem().ShouldBe(new TableProblem("Chưa có loại kỳ báo cáo nào.", "No period kind is defined."));
        ReportPeriods.Problems(Shipped with { Version = " " }).ShouldHaveSingleItem().ShouldBe(new TableProblem("Quy định kỳ báo cáo chưa có phiên bản.", "The period rules have no version."));
        var quarter = Shipped.Kinds.Single(k => k.Kind == PeriodKind.Quarter);
        ReportPeriods.Problems(Shipped with { Kinds = [quarter with { Parts = [.. quarter.Parts, quarter.Parts[0]] }] })
            .ShouldHaveSingleItem().ShouldBe(new TableProblem("Mã kỳ Q1 bị lặp.", "The part code Q1 is repeated."));
    }

    [Fact]
    public void A_later_version_rules_the_periods_from_its_date_whatever_the_order_it_is_given_in()
    {
        var periods = new ReportPeriods([From2026, Shipped]);

        var q1 = periods.Parse("2026-Q1", PeriodBasis.Cutoff)!;
        (q1.Version, q1.From, q1.To).ShouldBe(("2026", Day("2025-12-20"), Day("2026-03-19")));
        periods.Parse("2025-Q4", PeriodBasis.Cutoff)!.Version.ShouldBe("2020-04");
        periods.Range(Day("2026-02-01"), Day("2026-02-10")).Version.ShouldBe("2026");
        periods.Range(Day("2025-02-01"), Day("2025-02-10")).Version.ShouldBe("2020-04");
    }

    [Fact]
    public void The_period_before_a_new_versions_first_keeps_the_rules_it_had()
    {
        var periods = new ReportPeriods([Shipped, From2026]);

        var before = periods.Previous(periods.Parse("2026-Q1", PeriodBasis.Cutoff)!);

        (before.Code, before.Version, before.From, before.To).ShouldBe(("2025-Q4", "2020-04", Day("2025-09-15"), Day("2025-12-14")));
    }

    [Fact]
    public void The_period_before_the_first_versions_first_follows_that_version()
    {
        var periods = ReportPeriods.Shipped();

        var before = periods.Previous(periods.Parse("2020-Q1", PeriodBasis.Cutoff)!);

        (before.Code, before.From, before.To).ShouldBe(("2019-Q4", Day("2019-09-15"), Day("2019-12-14")));
    }

    [Fact]
    public void A_range_has_no_previous_period() =>
        Should.Throw<InvalidOperationException>(() => ReportPeriods.Shipped().Previous(ReportPeriods.Shipped().Range(Day("2025-01-01"), Day("2025-01-31"))));

    [Fact]
    public void The_notice_starts_on_the_deadline_with_no_working_day_before_and_never_with_fewer()
    {
        var calendar = WorkingCalendar.CreateDefault();

        ReportReminders.RemindFrom(Day("2024-03-17"), 0, calendar).ShouldBe(Day("2024-03-17"));
        Should.Throw<ArgumentOutOfRangeException>(() => ReportReminders.RemindFrom(Day("2024-03-17"), -1, calendar));
    }

    [Fact]
    public void An_uploaded_version_is_read_back_whole_and_an_empty_one_is_refused()
    {
        var read = SettingsJson.TryRead<PeriodCalendar>(SettingsJson.Write(From2026), ReportPeriods.Problems, out var problems);

        problems.ShouldBeEmpty();
        (read!.Version, read.EffectiveFrom, read.CutoffDay, read.Kinds.Count).ShouldBe(("2026", Day("2026-01-01"), 20, Shipped.Kinds.Count));
        SettingsJson.TryRead<PeriodCalendar>("null", ReportPeriods.Problems, out problems).ShouldBeNull();
        problems.ShouldHaveSingleItem().ShouldBe(new TableProblem("Nội dung trống.", "The content is empty."));
        SettingsJson.TryRead<PeriodCalendar>("{", ReportPeriods.Problems, out problems).ShouldBeNull();
        problems.ShouldHaveSingleItem().En.ShouldStartWith("The content is not valid JSON of the expected shape: ");
    }
}
