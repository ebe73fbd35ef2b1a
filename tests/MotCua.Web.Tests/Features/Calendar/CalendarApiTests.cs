using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Calendar;

public abstract class CalendarApiTests(MotCuaApp app) : ProviderTests(app)
{
    [Theory]
    [InlineData("2025-01-29", false, "Tết Nguyên đán", 1, 1, 2025)] // Mùng 1 Tết Ất Tỵ (Công văn 8726/VPCP-KGVX)
    [InlineData("2024-02-10", false, "Tết Nguyên đán", 1, 1, 2024)] // Mùng 1 Tết Giáp Thìn, a Saturday inside the official break
    [InlineData("2026-02-17", false, "Tết Nguyên đán", 1, 1, 2026)] // Mùng 1 Tết Bính Ngọ (Thông báo 9441/TB-BNV)
    [InlineData("2025-04-26", true, null, 29, 3, 2025)] // Saturday worked in exchange for Friday 2 May 2025
    [InlineData("2025-03-04", true, null, 5, 2, 2025)] // an ordinary Tuesday
    public async Task A_day_says_whether_it_is_worked_its_holiday_and_its_lunar_date(string date, bool working, string? holiday, int lunarDay, int lunarMonth, int lunarYear)
    {
        var day = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/days/{date}", Ct);

        day.GetProperty("date").GetString().ShouldBe(date);
        day.GetProperty("isWorkingDay").GetBoolean().ShouldBe(working);
        (day.GetProperty("holiday").ValueKind == JsonValueKind.Null ? null : day.GetProperty("holiday").GetString()).ShouldBe(holiday);
        day.GetProperty("lunar").GetProperty("day").GetInt32().ShouldBe(lunarDay);
        day.GetProperty("lunar").GetProperty("month").GetInt32().ShouldBe(lunarMonth);
        day.GetProperty("lunar").GetProperty("year").GetInt32().ShouldBe(lunarYear);
    }

    [Theory]
    [InlineData("2026-01-02", "swappedDayOff")] // Công văn 12729/VPCP-KGVX: Friday 2 Jan off, worked on Saturday 10 Jan
    [InlineData("2026-04-27", "compensatoryDayOff")] // Hùng Kings' day on Sunday 26 Apr 2026 → Monday off
    [InlineData("2026-01-10", "workingSaturday")]
    [InlineData("2026-02-17", "holiday")]
    public async Task Published_days_off_keep_their_kind(string date, string kind)
    {
        var day = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/days/{date}", Ct);

        day.GetProperty("kind").GetString().ShouldBe(kind);
    }

    [Fact]
    public async Task A_plain_weekend_is_not_a_holiday()
    {
        var day = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/days/2025-03-08", Ct);

        day.GetProperty("isWorkingDay").GetBoolean().ShouldBeFalse();
        day.GetProperty("holiday").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("2025-01-24T10:00:00+07:00", "workingDays=5", "2025-02-07T10:00:00+07:00")] // crosses the Tết 2025 break (27–31 Jan)
    [InlineData("2025-03-07T17:01:00+07:00", "workingDays=3", "2025-03-12T17:00:00+07:00")] // Friday after hours: counting starts Monday
    [InlineData("2025-03-03T16:59:00+07:00", "workingDays=1", "2025-03-04T16:59:00+07:00")]
    [InlineData("2025-03-03T11:45:00+07:00", "workingHours=2", "2025-03-03T15:00:00+07:00")] // lunch: counting starts 13:00
    [InlineData("2025-03-09T09:00:00+07:00", "workingHours=4", "2025-03-10T11:30:00+07:00")] // Sunday: starts Monday 07:30
    [InlineData("2025-03-03T03:00:00Z", "workingDays=1", "2025-03-04T10:00:00+07:00")] // UTC input, Vietnam answer
    [InlineData("2025-03-03T10:00:00", "workingDays=0.5", "2025-03-03T15:30:00+07:00")] // no offset: Vietnam time; 1.5 h before lunch, 2.5 h after
    public async Task Due_dates_count_working_time_only(string from, string amount, string due)
    {
        var answer = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/due?from={Uri.EscapeDataString(from)}&{amount}", Ct);

        answer.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
        answer.GetProperty("dueAt").GetString()!.ShouldEndWith("+07:00");
    }

    [Fact]
    public async Task An_unencoded_plus_in_the_offset_is_still_read_as_the_offset()
    {
        var answer = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/due?from=2025-03-03T10:00:00+07:00&workingDays=1", Ct);

        answer.GetProperty("dueAt").GetString().ShouldBe("2025-03-04T10:00:00+07:00");
    }

    [Theory]
    [InlineData("/api/v1/calendar/days/2025-02-30", "date")]
    [InlineData("/api/v1/calendar/days/1899-12-31", "date")]
    [InlineData("/api/v1/calendar/days/2101-01-01", "date")]
    [InlineData("/api/v1/calendar/days/hom-nay", "date")]
    [InlineData("/api/v1/calendar/due?from=2025-03-03T10:00:00Z&workingDays=-1", "workingDays")]
    [InlineData("/api/v1/calendar/due?from=2025-03-03T10:00:00Z&workingDays=100000", "workingDays")]
    [InlineData("/api/v1/calendar/due?from=2025-03-03T10:00:00Z&workingHours=0", "workingHours")]
    [InlineData("/api/v1/calendar/due?from=2025-03-03T10:00:00Z&workingDays=1&workingHours=2", "workingDays")]
    [InlineData("/api/v1/calendar/due?from=2025-03-03T10:00:00Z", "workingDays")]
    [InlineData("/api/v1/calendar/due?from=2025-02-30T10:00:00&workingDays=1", "from")]
    [InlineData("/api/v1/calendar/due?workingDays=1", "from")]
    [InlineData("/api/v1/calendar/due?from=0001-01-01&workingDays=1", "from")]
    [InlineData("/api/v1/calendar/due?from=0001-01-01T00:00:00%2B07:00&workingDays=1", "from")]
    [InlineData("/api/v1/calendar/due?from=9999-12-31T23:00:00-07:00&workingDays=1", "from")]
    public async Task Bad_calendar_input_is_a_400_problem_naming_the_field(string url, string field)
    {
        var problem = await (await App.CreateClient().GetAsync(url, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe([field]);
        problem.Title().ShouldBe("Dữ liệu không hợp lệ");
    }

    [Fact]
    public async Task A_due_date_past_2100_is_refused()
    {
        var problem = await (await App.CreateClient().GetAsync("/api/v1/calendar/due?from=2100-12-30T10:00:00%2B07:00&workingDays=300", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["from"]);
    }

    [Fact]
    public async Task Non_numeric_working_days_are_a_400_problem_in_English_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/calendar/due?from=2025-03-03T10:00:00Z&workingDays=ba");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var problem = await (await App.CreateClient().SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Title().ShouldBe("Bad request");
    }

    [Fact]
    public async Task An_administrator_publishes_a_schedule_and_the_calendar_follows_it_then_falls_back_to_the_statute()
    {
        var admin = await App.SignedInAsync("admin");
        var year = 2090 + (App is SqliteApp ? 0 : 1);
        var march = new DateOnly(year, 3, 1);
        var wednesday = march.AddDays(((int)DayOfWeek.Wednesday - (int)march.DayOfWeek + 7) % 7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var saturday = march.AddDays(((int)DayOfWeek.Saturday - (int)march.DayOfWeek + 7) % 7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var body = new
        {
            year,
            source = "Thông báo thử nghiệm",
            days = new object[]
            {
                new { date = wednesday, name = "Ngày nghỉ thử nghiệm", legalSource = "TB 1/TB-BNV", kind = "holiday" },
                new { date = saturday, name = "Làm bù", legalSource = "TB 1/TB-BNV", kind = "workingSaturday" },
            },
            official = true,
        };

        // Read first, so that the calendar this node keeps is the statute's: publishing must replace it at once.
        (await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/days/{wednesday}", Ct)).GetProperty("isWorkingDay").GetBoolean().ShouldBeTrue();
        (await admin.PutAsJsonAsync($"/api/v1/calendar/schedules/{year}", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var dayOff = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/days/{wednesday}", Ct);
        dayOff.GetProperty("isWorkingDay").GetBoolean().ShouldBeFalse();
        dayOff.GetProperty("holiday").GetString().ShouldBe("Ngày nghỉ thử nghiệm");
        (await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/days/{saturday}", Ct)).GetProperty("isWorkingDay").GetBoolean().ShouldBeTrue();

        (await admin.DeleteAsync($"/api/v1/calendar/schedules/{year}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var statutory = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/days/{wednesday}", Ct);
        statutory.GetProperty("officialSchedule").GetBoolean().ShouldBeFalse();
        statutory.GetProperty("holiday").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_schedule_with_a_weekday_listed_as_worked_Saturday_saves_nothing()
    {
        var admin = await App.SignedInAsync("admin");
        var body = new { source = "Sai", days = new[] { new { date = "2095-03-15", name = "Làm bù", kind = "workingSaturday" }, new { date = "2096-01-02", name = "Ngoài năm", kind = "holiday" } } };

        var problem = await (await admin.PutAsJsonAsync("/api/v1/calendar/schedules/2095", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["days[0].date", "days[1].date"]);
        (await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/schedules/2095", Ct)).GetProperty("official").GetBoolean().ShouldBeFalse();
        await (await (await App.SignedInAsync("ksttthc")).PutAsJsonAsync("/api/v1/calendar/schedules/2095", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_unit_with_its_own_working_hours_gets_its_own_due_times()
    {
        var (admin, unit) = await CommuneWithOwnHoursAsync("GIO");

        var own = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/due?from=2025-03-03T16:00:00%2B07:00&workingHours=1&unitCode={unit}", Ct);
        var standard = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/due?from=2025-03-03T16:00:00%2B07:00&workingHours=1", Ct);

        own.GetProperty("dueAt").GetString().ShouldBe("2025-03-04T07:30:00+07:00");
        standard.GetProperty("dueAt").GetString().ShouldBe("2025-03-03T17:00:00+07:00");
        await (await admin.PutAsJsonAsync($"/api/v1/units/{unit}/working-hours", new { unitCode = unit, periods = "13:00-11:00", isDefault = false }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Working_hours_changed_on_another_node_are_honoured_here_within_the_calendar_cache_time()
    {
        var (_, unit) = await CommuneWithOwnHoursAsync("GIN");
        var url = $"/api/v1/calendar/due?from=2025-03-03T16:00:00%2B07:00&workingHours=1&unitCode={unit}";
        var before = await App.CreateClient().GetFromJsonAsync<JsonElement>(url, Ct);

        // Another node's save: straight to the database, past this node's save interceptors.
        await App.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"UnitWorkingHours\" SET \"Periods\" = '07:30-11:30,13:00-17:30' WHERE \"UnitId\" IN (SELECT \"Id\" FROM \"Units\" WHERE \"Code\" = {unit})", Ct));
        var kept = await App.CreateClient().GetFromJsonAsync<JsonElement>(url, Ct);
        App.Clock.Advance(TimeSpan.FromSeconds(60));
        var reread = await App.CreateClient().GetFromJsonAsync<JsonElement>(url, Ct);

        before.GetProperty("dueAt").GetString().ShouldBe("2025-03-04T07:30:00+07:00");
        kept.GetProperty("dueAt").GetString().ShouldBe("2025-03-04T07:30:00+07:00");
        reread.GetProperty("dueAt").GetString().ShouldBe("2025-03-03T17:00:00+07:00");
    }

    /// <summary>A new commune whose working hours are 07:00–11:30 and 13:00–16:30 (still 8 h), and the administrator who set them.</summary>
    private async Task<(HttpClient Admin, string Unit)> CommuneWithOwnHoursAsync(string prefix)
    {
        var admin = await App.SignedInAsync("admin");
        var unit = UniqueUnitCode(prefix);
        (await admin.PostAsJsonAsync("/api/v1/units", new { code = unit, name = "Xã thử giờ làm việc", kind = "commune", parentCode = "PL" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/units/{unit}/working-hours", new { unitCode = unit, periods = "07:00-11:30,13:00-16:30", isDefault = false }, Ct)).EnsureSuccessStatusCode();
        return (admin, unit);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class CalendarApiTestsOnSqlite(SqliteApp app) : CalendarApiTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CalendarApiTestsOnPostgres(PostgresApp app) : CalendarApiTests(app);
