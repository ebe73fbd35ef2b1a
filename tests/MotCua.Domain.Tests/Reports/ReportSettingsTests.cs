using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Reports;

/// <summary>Seed 001's Decision 933 months, reminders of the deadlines, and the checks of an uploaded version.</summary>
public sealed class ReportSettingsTests
{
    private ReportPeriods Periods { get; } = ReportPeriods.Shipped();
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

    [Theory]
    // Seed 001: monthly reports under Decision 933/QĐ-TTg cover the 21st of the previous month to the 20th, due before the 23rd.
    [InlineData("2024-M03-933", "2024-02-21", "2024-03-20", "2024-03-22")]
    [InlineData("2024-M01-933", "2023-12-21", "2024-01-20", "2024-01-22")]
    [InlineData("2024-M12-933", "2024-11-21", "2024-12-20", "2024-12-22")]
    public void A_933_month_runs_from_the_21st_to_the_20th(string code, string from, string to, string deadline)
    {
        var period = Periods.Parse(code, PeriodBasis.Cutoff).ShouldNotBeNull();

        period.Kind.ShouldBe(PeriodKind.Month);
        (period.From, period.To).ShouldBe((Day(from), Day(to)));
        period.DeadlineFor(ReportingLevel.Unit).ShouldBe(Day(deadline));
        period.DeadlineFor(ReportingLevel.Province).ShouldBe(Day(deadline));
    }

    [Fact]
    public void The_933_months_follow_one_another_and_leave_the_Decree_09_months_alone()
    {
        var march = Periods.Parse("2024-M03-933", PeriodBasis.Cutoff)!;
        var january = Periods.Parse("2024-M01-933", PeriodBasis.Cutoff)!;

        Periods.Previous(march).Code.ShouldBe("2024-M02-933");
        Periods.Previous(january).Code.ShouldBe("2023-M12-933");
        Periods.Previous(january).To.AddDays(1).ShouldBe(january.From);
        Periods.Parse("2024-M03", PeriodBasis.Cutoff)!.From.ShouldBe(Day("2024-02-15"));
    }

    [Theory]
    // 2024-Q1 is due on Sunday 17/03: three working days before are Wed 13, Thu 14, Fri 15 → from the 13th.
    [InlineData("2024-03-17", 3, "2024-03-13")]
    // 2026-M02-933 is due on Sunday 22/02, after Tết (16–20/02 off): the notice starts on Wed 11/02, not Wed 18/02.
    [InlineData("2026-02-22", 3, "2026-02-11")]
    [InlineData("2026-02-22", 1, "2026-02-13")]
    public void The_notice_counts_working_days_back_from_the_deadline(string deadline, int days, string from) =>
        ReportReminders.RemindFrom(Day(deadline), days, Calendar).ShouldBe(Day(from));

    [Theory]
    [InlineData("2026-02-10", ReportReminder.None)]
    [InlineData("2026-02-11", ReportReminder.DueSoon)]
    [InlineData("2026-02-18", ReportReminder.DueSoon)]
    [InlineData("2026-02-22", ReportReminder.DueSoon)]
    [InlineData("2026-02-23", ReportReminder.Overdue)]
    [InlineData("2026-03-24", ReportReminder.Overdue)]
    [InlineData("2026-03-25", ReportReminder.None)]
    public void A_day_gets_the_notice_before_the_deadline_or_the_overdue_flag_after(string today, ReportReminder expected) =>
        ReportReminders.On(Day(today), Day("2026-02-22"), 3, Calendar).ShouldBe(expected);

    [Fact]
    public void The_periods_due_soon_are_those_whose_deadline_for_the_level_falls_in_the_window()
    {
        var due = Periods.DueBetween(Day("2024-03-01"), Day("2024-03-31"), ReportingLevel.District, [PeriodKind.Quarter, PeriodKind.Month]);

        due.Select(p => p.Code).Order(StringComparer.Ordinal).ShouldBe(["2024-M03", "2024-M03-933", "2024-Q1"]);
    }

    [Fact]
    public void An_uploaded_version_lists_every_problem()
    {
        var broken = """
            { "version": "", "effectiveFrom": "2026-01-01", "source": "x", "cutoffDay": 31,
              "kinds": [ { "kind": "quarter", "parts": [ { "code": "Q1", "firstMonth": 3, "lastMonth": 1 }, { "code": "q1", "firstMonth": 1, "lastMonth": 3 } ] } ],
              "deadlines": [ { "level": "unit", "day": 40 } ] }
            """;

        SettingsJson.TryRead<PeriodCalendar>(broken, ReportPeriods.Problems, out var problems).ShouldBeNull();

        problems.Select(p => p.En).ShouldBe(
        [
            "The period rules have no version.",
            "The cut-off day 31 must be 2 to 28.",
            "The deadline day 40 must be 1 to 28.",
            "Part Q1: months 3–1 are out of range.",
            "The part code Q1 is repeated.",
        ]);
        SettingsJson.TryRead<PeriodCalendar>("{ \"version\": 1 }", ReportPeriods.Problems, out problems).ShouldBeNull();
        problems.ShouldHaveSingleItem().Vi.ShouldStartWith("Nội dung không đúng cấu trúc JSON");
    }

    [Fact]
    public void A_form_version_saved_later_supersedes_the_shipped_one_from_its_effective_date()
    {
        var shipped = ReportForms.Shipped();
        var ii06 = shipped.Find("II.06", Day("2025-03-14"), UnitKind.Commune)!;
        var edited = ii06 with { Version = "2026-edit", EffectiveFrom = Day("2026-01-01"), Title = "Sửa {0}" };
        var forms = new ReportForms([.. shipped.All, edited]);

        forms.Find("II.06", Day("2025-12-31"), UnitKind.Commune)!.Version.ShouldBe(ii06.Version);
        forms.Find("II.06", Day("2026-01-01"), UnitKind.Commune)!.Version.ShouldBe("2026-edit");
        forms.InForce(Day("2026-03-14")).Count.ShouldBe(shipped.InForce(Day("2026-03-14")).Count);
        ReportForms.Problems(edited with { Columns = [.. ii06.Columns, ii06.Columns[^1]] }).ShouldHaveSingleItem().En.ShouldContain("is repeated");
    }
}
