using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>
/// The day table of one year built from a schedule an administrator may enter by hand (the web layer builds
/// <see cref="YearSchedule"/>s from its settings), so its entries are not as tidy as the shipped notices.
/// </summary>
public sealed class YearDayTableTests
{
    private const string Notice = "Thông báo thử nghiệm";

    [Fact]
    public void The_last_day_of_a_leap_year_has_a_place()
    {
        // Day 366: Tuesday 31 Dec 2024 under the shipped schedule, Sunday 31 Dec 2028 under the statute.
        YearDayTable.FromSchedule(OfficialSchedules.Load().Single(s => s.Year == 2024)).KindOf(Day("2024-12-31"))
            .ShouldBe(DayKind.WorkingDay);
        YearDayTable.FromStatute(2028).KindOf(Day("2028-12-31")).ShouldBe(DayKind.Weekend);
    }

    [Theory]
    [InlineData("2027-11-22", DayKind.WorkingDay, DayKind.Holiday)]     // Monday listed off as a plain day
    [InlineData("2027-11-23", DayKind.WorkingSaturday, DayKind.Holiday)] // Tuesday listed off as a worked Saturday
    [InlineData("2027-11-24", DayKind.Weekend, DayKind.Holiday)]        // Wednesday listed off as a weekend
    [InlineData("2027-11-25", DayKind.SwappedDayOff, DayKind.SwappedDayOff)]
    [InlineData("2027-11-26", DayKind.CompensatoryDayOff, DayKind.CompensatoryDayOff)]
    public void A_day_listed_off_is_never_a_working_day_whatever_kind_it_was_given(string date, DayKind given, DayKind kind)
    {
        var schedule = new YearSchedule(2027, Notice, [new Holiday(Day(date), "Ngày nghỉ", Notice, given)], []);

        YearDayTable table = YearDayTable.FromSchedule(schedule);

        table.KindOf(Day(date)).ShouldBe(kind);
        table.IsWorkingDay(Day(date)).ShouldBeFalse();
    }

    [Fact]
    public void A_weekend_closing_the_year_after_a_day_off_stays_a_weekend()
    {
        // Friday 29 Dec 2028 off; Saturday 30 and Sunday 31 end the year, so no day after them shows the break goes on.
        var schedule = new YearSchedule(2028, Notice, [new Holiday(Day("2028-12-29"), "Nghỉ cuối năm", Notice)], []);

        YearDayTable table = YearDayTable.FromSchedule(schedule);

        table.KindOf(Day("2028-12-30")).ShouldBe(DayKind.Weekend);
        table.NameOf(Day("2028-12-31")).ShouldBeNull();
    }

    [Fact]
    public void A_weekend_between_two_days_of_one_break_takes_its_name_but_the_days_around_it_keep_their_kinds()
    {
        // Friday 19 and Monday 22 Nov 2027 are both "Nghỉ lễ", the Monday a swapped day with a source of its own.
        var schedule = new YearSchedule(
            2027,
            Notice,
            [
                new Holiday(Day("2027-11-19"), "Nghỉ lễ", Notice),
                new Holiday(Day("2027-11-22"), "Nghỉ lễ", "Công văn hoán đổi", DayKind.SwappedDayOff),
            ],
            []);

        YearDayTable table = YearDayTable.FromSchedule(schedule);

        foreach (string weekend in new[] { "2027-11-20", "2027-11-21" })
        {
            table.KindOf(Day(weekend)).ShouldBe(DayKind.Holiday);
            table.NameOf(Day(weekend)).ShouldBe("Nghỉ lễ");
            table.SourceOf(Day(weekend)).ShouldBe(Notice);
        }

        table.KindOf(Day("2027-11-22")).ShouldBe(DayKind.SwappedDayOff);
        table.SourceOf(Day("2027-11-22")).ShouldBe("Công văn hoán đổi");
    }

    [Theory]
    [InlineData("Nghỉ lễ", "Nghỉ bù")] // two breaks that touch a weekend are not one
    [InlineData(null, "Nghỉ lễ")]      // a weekend before a break is not part of it
    [InlineData("Nghỉ lễ", null)]      // nor one after it
    public void A_weekend_is_named_only_between_two_days_of_the_same_break(string? friday, string? monday)
    {
        List<Holiday> daysOff = [];
        if (friday is not null)
        {
            daysOff.Add(new Holiday(Day("2027-11-19"), friday, Notice));
        }

        if (monday is not null)
        {
            daysOff.Add(new Holiday(Day("2027-11-22"), monday, Notice));
        }

        YearDayTable table = YearDayTable.FromSchedule(new YearSchedule(2027, Notice, daysOff, []));

        table.KindOf(Day("2027-11-20")).ShouldBe(DayKind.Weekend);
        table.NameOf(Day("2027-11-21")).ShouldBeNull();
    }

    [Fact]
    public void A_Sunday_after_a_worked_Saturday_is_no_part_of_a_break_even_under_the_same_name()
    {
        // Saturday 20 Nov 2027 worked to pay for Monday 22 off, both entered as "Hoán đổi ngày làm việc": the Sunday
        // between them follows a working day, so it is an ordinary Sunday.
        const string swap = "Hoán đổi ngày làm việc";
        var schedule = new YearSchedule(
            2027,
            Notice,
            [new Holiday(Day("2027-11-22"), swap, Notice, DayKind.SwappedDayOff)],
            [new Holiday(Day("2027-11-20"), swap, Notice)]);

        YearDayTable table = YearDayTable.FromSchedule(schedule);

        table.KindOf(Day("2027-11-21")).ShouldBe(DayKind.Weekend);
        table.NameOf(Day("2027-11-21")).ShouldBeNull();
        table.KindOf(Day("2027-11-20")).ShouldBe(DayKind.WorkingSaturday);
    }
}
