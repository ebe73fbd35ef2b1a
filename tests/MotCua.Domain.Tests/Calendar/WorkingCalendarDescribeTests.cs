using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Calendar;

public class WorkingCalendarDescribeTests
{
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

    [Theory]
    [InlineData("2024-02-07", true, DayKind.WorkingDay, null)]               // TB 5015: Tết starts Thursday 8 Feb
    [InlineData("2024-02-08", false, DayKind.Holiday, "Tết Nguyên đán")]     // TB 5015: 29 Chạp
    [InlineData("2024-02-10", false, DayKind.Holiday, "Tết Nguyên đán")]    // mùng 1 Tết on a Saturday, inside the 8–14 Feb break: part of Tết
    [InlineData("2024-02-14", false, DayKind.CompensatoryDayOff, "Nghỉ bù Tết Nguyên đán")] // TB 5015: 2 days nghỉ bù
    [InlineData("2024-02-15", true, DayKind.WorkingDay, null)]               // TB 5015: Tết ends Wednesday 14 Feb
    [InlineData("2024-04-29", false, DayKind.SwappedDayOff, "Hoán đổi ngày làm việc (làm bù thứ Bảy 04/5/2024)")] // CV 2450
    [InlineData("2024-05-04", true, DayKind.WorkingSaturday, "Làm bù cho ngày 29/4/2024")] // CV 2450
    [InlineData("2024-09-03", false, DayKind.Holiday, "Quốc khánh")]         // TB 5015: 31/8–3/9
    [InlineData("2025-01-24", true, DayKind.WorkingDay, null)]               // CV 8726: Tết from Saturday 25 Jan
    [InlineData("2025-01-27", false, DayKind.Holiday, "Tết Nguyên đán")]     // CV 8726
    [InlineData("2025-02-01", false, DayKind.Weekend, null)]                 // CV 8726: weekend inside the 9-day break
    [InlineData("2025-02-03", true, DayKind.WorkingDay, null)]               // CV 8726: back to work Monday 3 Feb
    [InlineData("2025-04-26", true, DayKind.WorkingSaturday, "Làm bù cho ngày 02/5/2025")] // CV 8726
    [InlineData("2025-04-27", false, DayKind.Weekend, null)]                 // an ordinary Sunday
    [InlineData("2025-05-02", false, DayKind.SwappedDayOff, "Hoán đổi ngày làm việc (làm bù thứ Bảy 26/4/2025)")] // CV 8726
    [InlineData("2025-09-01", false, DayKind.Holiday, "Quốc khánh")]         // CV 8726: 30/8–2/9
    [InlineData("2025-09-03", true, DayKind.WorkingDay, null)]               // CV 8726
    [InlineData("2026-01-02", false, DayKind.SwappedDayOff, "Hoán đổi ngày làm việc (làm bù thứ Bảy 10/01/2026)")] // CV 12729
    [InlineData("2026-01-10", true, DayKind.WorkingSaturday, "Làm bù cho ngày 02/01/2026")] // CV 12729
    [InlineData("2026-02-13", true, DayKind.WorkingDay, null)]               // TB 9441: Tết from Monday 16 Feb
    [InlineData("2026-02-20", false, DayKind.Holiday, "Tết Nguyên đán")]     // TB 9441: mùng 4
    [InlineData("2026-02-23", true, DayKind.WorkingDay, null)]               // TB 9441: back Monday 23 Feb
    [InlineData("2026-04-26", false, DayKind.Holiday, "Giỗ Tổ Hùng Vương")]  // lunar 10/3 on a Sunday
    [InlineData("2026-04-27", false, DayKind.CompensatoryDayOff, "Nghỉ bù Giỗ Tổ Hùng Vương")] // BLLĐ khoản 3 Điều 111
    [InlineData("2026-08-22", true, DayKind.WorkingSaturday, "Làm bù cho ngày 31/8/2026")] // DOMAIN.md table, TB 9441
    [InlineData("2026-08-31", false, DayKind.SwappedDayOff, "Hoán đổi ngày làm việc (làm bù thứ Bảy 22/8/2026)")]
    [InlineData("2026-09-03", true, DayKind.WorkingDay, null)]
    public void Official_years_follow_the_published_schedule(string date, bool working, DayKind kind, string? name)
    {
        CalendarDay day = Calendar.Describe(Day(date));

        day.IsWorkingDay.ShouldBe(working);
        day.Kind.ShouldBe(kind);
        day.Holiday.ShouldBe(name);
        day.FromOfficialSchedule.ShouldBeTrue();
        (day.Holiday is null).ShouldBe(day.LegalSource is null);
    }

    [Theory]
    [InlineData("2027-01-01", false, DayKind.Holiday)]
    [InlineData("2027-02-04", true, DayKind.WorkingDay)]
    [InlineData("2027-02-05", false, DayKind.Holiday)]             // last day of Bính Ngọ (statutory fallback)
    [InlineData("2027-02-10", false, DayKind.CompensatoryDayOff)]  // for Tết Saturday 6 Feb
    [InlineData("2027-02-11", false, DayKind.CompensatoryDayOff)]  // for Tết Sunday 7 Feb
    [InlineData("2027-02-12", true, DayKind.WorkingDay)]
    [InlineData("2027-05-01", false, DayKind.Holiday)]             // Saturday
    [InlineData("2027-05-03", false, DayKind.CompensatoryDayOff)]  // its nghỉ bù
    [InlineData("2027-09-03", false, DayKind.Holiday)]             // the longer National Day break
    [InlineData("2027-09-06", true, DayKind.WorkingDay)]
    [InlineData("2027-09-04", false, DayKind.Weekend)]
    public void A_year_without_a_published_schedule_applies_the_labour_code(string date, bool working, DayKind kind)
    {
        CalendarDay day = Calendar.Describe(Day(date));

        day.IsWorkingDay.ShouldBe(working);
        day.Kind.ShouldBe(kind);
        day.FromOfficialSchedule.ShouldBeFalse();
        Calendar.HasOfficialSchedule(2027).ShouldBeFalse();
    }

    [Fact]
    public void A_day_carries_its_lunar_date()
    {
        // Thông báo 9441/TB-BNV: 17/02/2026 is mùng 1 Tết Bính Ngọ.
        Calendar.Describe(Day("2026-02-17")).Lunar.ShouldBe(new LunarDate(1, 1, 2026, false));
        Calendar.HasOfficialSchedule(2026).ShouldBeTrue();
    }

    [Fact]
    public void Schedules_built_by_the_web_layer_replace_the_statute_for_their_year()
    {
        var schedule = new YearSchedule(
            2027,
            "Thông báo thử nghiệm",
            [new Holiday(Day("2027-11-24"), "Ngày Văn hóa Việt Nam", "Quyết định thử nghiệm")],
            []);
        var calendar = new WorkingCalendar(WorkingHours.Default, [schedule]);

        CalendarDay cultureDay = calendar.Describe(Day("2027-11-24"));
        cultureDay.Kind.ShouldBe(DayKind.Holiday);
        cultureDay.Holiday.ShouldBe("Ngày Văn hóa Việt Nam");
        calendar.Describe(Day("2027-05-03")).IsWorkingDay.ShouldBeTrue(); // the schedule grants no nghỉ bù here
    }

    [Fact]
    public void Two_schedules_for_one_year_or_a_stray_date_are_rejected()
    {
        var a = new YearSchedule(2027, "A", [], []);
        Should.Throw<ArgumentException>(() => new WorkingCalendar(WorkingHours.Default, [a, a]));
        var stray = new YearSchedule(2027, "B", [new Holiday(Day("2028-01-01"), "Tết Dương lịch", null)], []);
        Should.Throw<ArgumentException>(() => new WorkingCalendar(WorkingHours.Default, [stray]));
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2101-01-01")]
    public void Dates_outside_1900_to_2100_are_out_of_range(string date) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.Describe(Day(date)));
}
