using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Calendar;

public class OfficialSchedulesTests
{
    // The table of DOMAIN.md §2, each row checked against the notice named in its comment.
    [Theory]
    [InlineData(2024, "2024-01-01,2024-02-08,2024-02-09,2024-02-12,2024-02-13,2024-02-14,2024-04-18,2024-04-29,2024-04-30,2024-05-01,2024-09-02,2024-09-03", "2024-05-04")] // TB 5015/TB-LĐTBXH; CV 2450/VPCP-KGVX
    [InlineData(2025, "2025-01-01,2025-01-27,2025-01-28,2025-01-29,2025-01-30,2025-01-31,2025-04-07,2025-04-30,2025-05-01,2025-05-02,2025-09-01,2025-09-02", "2025-04-26")] // CV 8726/VPCP-KGVX, TB 6150/TB-LĐTBXH
    [InlineData(2026, "2026-01-01,2026-01-02,2026-02-16,2026-02-17,2026-02-18,2026-02-19,2026-02-20,2026-04-27,2026-04-30,2026-05-01,2026-08-31,2026-09-01,2026-09-02", "2026-01-10,2026-08-22")] // CV 12729/VPCP-KGVX; TB 9441/TB-BNV
    public void The_shipped_schedules_match_the_published_notices(int year, string daysOff, string saturdays)
    {
        YearSchedule schedule = OfficialSchedules.Load().Single(s => s.Year == year);

        schedule.DaysOff.Select(h => h.Date).ShouldBe(daysOff.Split(',').Select(Day));
        schedule.WorkingSaturdays.Select(h => h.Date).ShouldBe(saturdays.Split(',').Select(Day));
        schedule.WorkingSaturdays.ShouldAllBe(h => h.Date.DayOfWeek == DayOfWeek.Saturday);
        schedule.DaysOff.ShouldAllBe(h => h.Date.DayOfWeek != DayOfWeek.Saturday && h.Date.DayOfWeek != DayOfWeek.Sunday);
        schedule.DaysOff.Concat(schedule.WorkingSaturdays).ShouldAllBe(h => !string.IsNullOrWhiteSpace(h.LegalSource));
    }

    [Fact]
    public void Every_swap_is_paid_back_by_a_working_Saturday()
    {
        foreach (YearSchedule schedule in OfficialSchedules.Load())
        {
            schedule.DaysOff.Count(h => h.Kind == DayKind.SwappedDayOff).ShouldBe(schedule.WorkingSaturdays.Count);
        }
    }

    [Fact]
    public void The_schedules_are_read_from_camel_case_json_with_kinds_and_sources()
    {
        IReadOnlyList<YearSchedule> schedules = OfficialSchedules.Load();

        schedules.Select(s => s.Year).ShouldBe([2024, 2025, 2026]);
        Holiday swap = schedules[0].DaysOff.Single(h => h.Date == Day("2024-04-29"));
        swap.Kind.ShouldBe(DayKind.SwappedDayOff);
        swap.LegalSource.ShouldBe("Công văn 2450/VPCP-KGVX ngày 12/4/2024");
        schedules[2].Source.ShouldContain("9441/TB-BNV");
    }
}
