using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Calendar;

// Expected lunar dates are not taken from this implementation. Each row was checked against
// Hồ Ngọc Đức's published Vietnamese calendar ("Âm lịch Việt Nam", UTC+7, the calendar behind most
// Vietnamese almanacs) and against an independent computation with full VSOP87/ELP ephemerides
// (astronomy-engine 2.1.19); dates before 2027 also against the government notices cited in each row.
public class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1968, "1968-01-29")] // Tết Mậu Thân, the Tết Offensive: Vietnam's first Tết under the UTC+7 calendar
    [InlineData(1972, "1972-02-15")] // Hồ Ngọc Đức calendar
    [InlineData(1975, "1975-02-11")] // Hồ Ngọc Đức calendar
    [InlineData(1976, "1976-01-31")] // Hồ Ngọc Đức calendar
    [InlineData(1980, "1980-02-16")] // Hồ Ngọc Đức calendar
    [InlineData(1984, "1984-02-02")] // Hồ Ngọc Đức calendar
    [InlineData(1985, "1985-01-21")] // Hồ Ngọc Đức, "Tết Ất Sửu 1985" — a month before China's
    [InlineData(1988, "1988-02-17")] // Hồ Ngọc Đức calendar
    [InlineData(1992, "1992-02-04")] // Hồ Ngọc Đức calendar
    [InlineData(1996, "1996-02-19")] // Hồ Ngọc Đức calendar
    [InlineData(2000, "2000-02-05")] // Hồ Ngọc Đức calendar
    [InlineData(2004, "2004-01-22")] // Hồ Ngọc Đức calendar
    [InlineData(2008, "2008-02-07")] // Hồ Ngọc Đức calendar
    [InlineData(2012, "2012-01-23")] // Hồ Ngọc Đức calendar
    [InlineData(2016, "2016-02-08")] // Hồ Ngọc Đức calendar
    [InlineData(2020, "2020-01-25")] // Hồ Ngọc Đức calendar
    [InlineData(2023, "2023-01-22")] // Tết Quý Mão; VPCP notice on Tết 2023 (20–26 Jan)
    [InlineData(2024, "2024-02-10")] // Thông báo 5015/TB-LĐTBXH: 14/02/2024 is "mùng 5 tháng Giêng năm Giáp Thìn"
    [InlineData(2025, "2025-01-29")] // Tết Ất Tỵ; Công văn 8726/VPCP-KGVX
    [InlineData(2026, "2026-02-17")] // Thông báo 9441/TB-BNV: 16/02/2026 is "29 tháng Chạp năm Ất Tỵ", 20/02 "mùng 4"
    [InlineData(2027, "2027-02-06")] // Hồ Ngọc Đức calendar
    [InlineData(2028, "2028-01-26")] // Hồ Ngọc Đức calendar
    [InlineData(2032, "2032-02-11")] // Hồ Ngọc Đức calendar
    [InlineData(2036, "2036-01-28")] // Hồ Ngọc Đức calendar
    [InlineData(2040, "2040-02-12")] // Hồ Ngọc Đức calendar
    [InlineData(2044, "2044-01-30")] // Hồ Ngọc Đức calendar
    [InlineData(2048, "2048-02-14")] // Hồ Ngọc Đức calendar
    [InlineData(2052, "2052-02-01")] // Hồ Ngọc Đức calendar
    [InlineData(2056, "2056-02-15")] // Hồ Ngọc Đức calendar
    [InlineData(2060, "2060-02-02")] // Hồ Ngọc Đức calendar
    [InlineData(2064, "2064-02-17")] // Hồ Ngọc Đức calendar
    [InlineData(2068, "2068-02-03")] // Hồ Ngọc Đức calendar
    [InlineData(2072, "2072-02-19")] // Hồ Ngọc Đức calendar
    [InlineData(2076, "2076-02-05")] // Hồ Ngọc Đức calendar
    [InlineData(2080, "2080-01-22")] // Hồ Ngọc Đức calendar
    [InlineData(2084, "2084-02-06")] // Hồ Ngọc Đức calendar
    [InlineData(2088, "2088-01-24")] // Hồ Ngọc Đức calendar
    [InlineData(2092, "2092-02-07")] // Hồ Ngọc Đức calendar
    [InlineData(2096, "2096-01-25")] // Hồ Ngọc Đức calendar
    [InlineData(2100, "2100-02-09")] // Hồ Ngọc Đức calendar
    public void Tet_is_the_first_day_of_lunar_month_1(int lunarYear, string solar)
    {
        DateOnly date = DateOnly.Parse(solar, System.Globalization.CultureInfo.InvariantCulture);

        VietnameseLunarCalendar.FromSolar(date).ShouldBe(new LunarDate(1, 1, lunarYear, false));
        VietnameseLunarCalendar.NewYear(lunarYear).ShouldBe(date);
        VietnameseLunarCalendar.FromSolar(date.AddDays(-1)).Month.ShouldBe(12);
    }

    [Theory]
    [InlineData(1968, "1968-01-29", "1968-01-30")] // Wikipedia "Tết"; Hồ Ngọc Đức, "Tết Mậu Thân 1968"
    [InlineData(1969, "1969-02-16", "1969-02-17")] // Hồ Ngọc Đức calendar; Hong Kong Observatory table (China)
    [InlineData(1985, "1985-01-21", "1985-02-20")] // Hồ Ngọc Đức, "Tết Ất Sửu 1985": Vietnam's Tết a month earlier
    [InlineData(2007, "2007-02-17", "2007-02-18")] // Hồ Ngọc Đức calendar; HKO table (2007 Chinese New Year 18 Feb)
    [InlineData(2030, "2030-02-02", "2030-02-03")] // Hồ Ngọc Đức calendar; HKO table
    [InlineData(2053, "2053-02-18", "2053-02-19")] // Hồ Ngọc Đức calendar; HKO table
    public void Tet_in_Vietnam_differs_from_the_Chinese_New_Year_computed_for_UTC_plus_8(int year, string vietnam, string china)
    {
        DateOnly vn = DateOnly.Parse(vietnam, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly cn = DateOnly.Parse(china, System.Globalization.CultureInfo.InvariantCulture);

        VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, year, false)).ShouldBe(vn);
        VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, year, false), utcOffsetHours: 8).ShouldBe(cn);
        VietnameseLunarCalendar.FromSolar(vn, utcOffsetHours: 8).ShouldNotBe(new LunarDate(1, 1, year, false));

        // Tables of their own too: the calendar's are built once per process, so only these judge a changed astronomy.
        new LunisolarTable(7).ToDayNumber(new LunarDate(1, 1, year, false)).ShouldBe(vn.DayNumber);
        new LunisolarTable(8).ToDayNumber(new LunarDate(1, 1, year, false)).ShouldBe(cn.DayNumber);
    }

    [Fact]
    public void Tet_in_1985_is_a_whole_month_apart_because_Vietnam_puts_the_leap_month_after_month_1_and_China_in_1984()
    {
        // Hồ Ngọc Đức, "Tết Ất Sửu 1985"; HKO table: China's 1984 has leap month 10.
        VietnameseLunarCalendar.LeapMonth(1985).ShouldBe(2);
        VietnameseLunarCalendar.LeapMonth(1984, utcOffsetHours: 8).ShouldBe(10);
        VietnameseLunarCalendar.LeapMonth(1984).ShouldBeNull();
        new LunisolarTable(7).LeapMonthOf(1985).ShouldBe(2);
        new LunisolarTable(8).LeapMonthOf(1984).ShouldBe(10);
        new LunisolarTable(7).LeapMonthOf(1984).ShouldBeNull();
    }

    [Theory]
    [InlineData(1968, 7)] // Hồ Ngọc Đức calendar
    [InlineData(1985, 2)] // Hồ Ngọc Đức, "Tết Ất Sửu 1985"
    [InlineData(1987, 7)] // Hồ Ngọc Đức calendar
    [InlineData(1990, 5)] // Hồ Ngọc Đức calendar
    [InlineData(1995, 8)] // Hồ Ngọc Đức calendar
    [InlineData(2001, 4)] // Hồ Ngọc Đức calendar
    [InlineData(2004, 2)] // Hồ Ngọc Đức calendar
    [InlineData(2006, 7)] // Hồ Ngọc Đức calendar
    [InlineData(2009, 5)] // Hồ Ngọc Đức calendar
    [InlineData(2012, 4)] // Hồ Ngọc Đức calendar
    [InlineData(2014, 9)] // Hồ Ngọc Đức calendar
    [InlineData(2017, 6)] // Hồ Ngọc Đức calendar
    [InlineData(2020, 4)] // Canh Tý: tháng 4 nhuận (Vietnamese almanacs 2020)
    [InlineData(2023, 2)] // Quý Mão: tháng 2 nhuận (Vietnamese almanacs 2023)
    [InlineData(2025, 6)] // Ất Tỵ: tháng 6 nhuận (Vietnamese almanacs 2025)
    [InlineData(2028, 5)] // Hồ Ngọc Đức calendar
    [InlineData(2031, 3)] // Hồ Ngọc Đức calendar
    [InlineData(2033, 11)] // the "2033 problem": leap month 11 (Hồ Ngọc Đức; HKO table for China)
    [InlineData(2036, 6)] // Hồ Ngọc Đức calendar
    [InlineData(2042, 2)] // Hồ Ngọc Đức calendar
    [InlineData(2050, 3)] // Hồ Ngọc Đức calendar
    [InlineData(2071, 8)] // Hồ Ngọc Đức calendar
    [InlineData(2099, 2)] // Hồ Ngọc Đức calendar
    public void A_year_of_13_months_has_its_leap_month_where_no_major_solar_term_falls(int year, int leapMonth)
    {
        VietnameseLunarCalendar.LeapMonth(year).ShouldBe(leapMonth);
        DateOnly first = VietnameseLunarCalendar.ToSolar(new LunarDate(1, leapMonth, year, true));
        DateOnly regular = VietnameseLunarCalendar.ToSolar(new LunarDate(1, leapMonth, year, false));
        (first.DayNumber - regular.DayNumber).ShouldBeInRange(29, 30);
    }

    [Theory]
    [InlineData(2024)] // Giáp Thìn has no leap month (Vietnamese almanacs)
    [InlineData(2026)] // Bính Ngọ has no leap month
    [InlineData(2027)]
    public void A_year_of_12_months_has_no_leap_month(int year) =>
        VietnameseLunarCalendar.LeapMonth(year).ShouldBeNull();

    [Theory]
    [InlineData("2024-02-09", 30, 12, 2023, false)] // Thông báo 5015/TB-LĐTBXH: 08/02/2024 is 29 Chạp, so 09/02 is 30 Chạp
    [InlineData("2024-02-14", 5, 1, 2024, false)]   // Thông báo 5015/TB-LĐTBXH: "mùng 5 tháng Giêng năm Giáp Thìn"
    [InlineData("2026-02-16", 29, 12, 2025, false)] // Thông báo 9441/TB-BNV: "29 tháng Chạp năm Ất Tỵ"
    [InlineData("2026-02-20", 4, 1, 2026, false)]   // Thông báo 9441/TB-BNV: "mùng 4 tháng Giêng năm Bính Ngọ"
    [InlineData("2026-02-14", 27, 12, 2025, false)] // CAO news on Tết 2026: 14/2/2026 is 27 tháng Chạp
    [InlineData("2026-02-22", 6, 1, 2026, false)]   // CAO news on Tết 2026: 22/2/2026 is mùng 6 tháng Giêng
    [InlineData("2025-07-25", 1, 6, 2025, true)]    // first day of leap month 6 of Ất Tỵ (Vietnamese almanacs)
    [InlineData("2025-08-22", 29, 6, 2025, true)]   // last day of that 29-day leap month
    [InlineData("2025-08-23", 1, 7, 2025, false)]   // Hồ Ngọc Đức calendar
    [InlineData("2020-05-23", 1, 4, 2020, true)]    // leap month 4 of Canh Tý (Vietnamese almanacs)
    [InlineData("2023-03-22", 1, 2, 2023, true)]    // leap month 2 of Quý Mão (Vietnamese almanacs)
    [InlineData("2033-12-22", 1, 11, 2033, true)]   // Hồ Ngọc Đức calendar (leap 11)
    [InlineData("1900-01-01", 1, 12, 1899, false)]  // Hồ Ngọc Đức calendar: first supported day
    [InlineData("2100-12-31", 1, 12, 2100, false)]  // Hồ Ngọc Đức calendar: last supported day
    public void Solar_and_lunar_dates_convert_both_ways(string solar, int day, int month, int year, bool leap)
    {
        DateOnly date = DateOnly.Parse(solar, System.Globalization.CultureInfo.InvariantCulture);
        var lunar = new LunarDate(day, month, year, leap);

        VietnameseLunarCalendar.FromSolar(date).ShouldBe(lunar);
        VietnameseLunarCalendar.ToSolar(lunar).ShouldBe(date);
    }

    [Theory]
    [InlineData(2024, "2024-04-18")] // Chinhphu.vn 20/4/2024: Giỗ Tổ Hùng Vương 2024 on 18/4
    [InlineData(2025, "2025-04-07")] // Công văn 8726/VPCP-KGVX schedule: Monday 7/4/2025
    [InlineData(2026, "2026-04-26")] // Thông báo 9441/TB-BNV commentary: Sunday 26/4/2026, compensated on 27/4
    [InlineData(2027, "2027-04-16")] // Hồ Ngọc Đức calendar
    public void Hung_Kings_day_is_the_tenth_day_of_lunar_month_3(int year, string solar) =>
        VietnameseLunarCalendar.ToSolar(new LunarDate(10, 3, year, false))
            .ShouldBe(DateOnly.Parse(solar, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2009, "2009-04-04", "2009-04-05")] // DOMAIN.md §2; Hồ Ngọc Đức calendar vs HKO table
    [InlineData(2037, "2037-04-24", "2037-04-25")] // DOMAIN.md §2; Hồ Ngọc Đức calendar vs HKO table
    [InlineData(2038, "2038-04-13", "2038-04-14")] // DOMAIN.md §2; Hồ Ngọc Đức calendar vs HKO table
    public void Hung_Kings_day_differs_from_the_Chinese_calendar_in_some_years(int year, string vietnam, string china)
    {
        var hungKings = new LunarDate(10, 3, year, false);
        VietnameseLunarCalendar.ToSolar(hungKings).ShouldBe(DateOnly.Parse(vietnam, System.Globalization.CultureInfo.InvariantCulture));
        VietnameseLunarCalendar.ToSolar(hungKings, 8).ShouldBe(DateOnly.Parse(china, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_day_from_1900_to_2100_round_trips_and_lunar_days_run_on_without_gaps()
    {
        LunarDate previous = VietnameseLunarCalendar.FromSolar(new DateOnly(1900, 1, 1));
        for (var date = new DateOnly(1900, 1, 2); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            LunarDate lunar = VietnameseLunarCalendar.FromSolar(date);
            if (VietnameseLunarCalendar.ToSolar(lunar) != date)
            {
                throw new ShouldAssertException($"{date:yyyy-MM-dd} → {lunar} does not come back");
            }

            bool nextDay = lunar == previous with { Day = previous.Day + 1 };
            bool newMonth = lunar.Day == 1 && previous.Day is 29 or 30;
            if (!nextDay && !newMonth)
            {
                throw new ShouldAssertException($"{previous} is followed by {lunar} on {date:yyyy-MM-dd}");
            }

            previous = lunar;
        }
    }

    [Theory]
    [InlineData(1, 3, 2024, true)]   // 2024 has no leap month
    [InlineData(30, 12, 2024, false)] // month 12 of Giáp Thìn has 29 days: Tết Ất Tỵ is 29/1/2025
    [InlineData(0, 1, 2025, false)]
    [InlineData(1, 13, 2025, false)]
    [InlineData(1, 6, 2024, true)]
    public void A_lunar_date_that_does_not_exist_is_rejected(int day, int month, int year, bool leap) =>
        Should.Throw<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(day, month, year, leap)));

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2101-01-01")]
    public void Dates_outside_1900_to_2100_are_out_of_range(string solar) =>
        Should.Throw<ArgumentOutOfRangeException>(() =>
            VietnameseLunarCalendar.FromSolar(DateOnly.Parse(solar, System.Globalization.CultureInfo.InvariantCulture)));
}
