using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Calendar;

public static class CalendarEndpoints
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) => services
        .AddSingleton<CalendarCache>().AddSingleton<IKeptValues>(sp => sp.GetRequiredService<CalendarCache>())
        .AddScoped<CalendarSource>().AddScoped<UnitCalendar>().AddScoped<DescribeDay>().AddScoped<ComputeDue>()
        .AddScoped<MonthView>().AddScoped<GetSchedule>().AddScoped<SaveSchedule>().AddScoped<SaveWorkingHours>();

    public static void MapCalendar(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/calendar").WithTags("Calendar").AllowAnonymous();
        group.MapGet("/days/{date}", async (string date, string? unitCode, DescribeDay h, CancellationToken ct) => (await h.HandleAsync(date, unitCode, ct)).ToResult());
        group.MapGet("/due", async (string? from, decimal? workingDays, decimal? workingHours, string? unitCode, ComputeDue h, CancellationToken ct) =>
            (await h.HandleAsync(from, workingDays, workingHours, unitCode, ct)).ToResult());
        group.MapGet("/months/{year:int}/{month:int}", async (int year, int month, string? unitCode, MonthView h, CancellationToken ct) => (await h.HandleAsync(year, month, unitCode, ct)).ToResult());
        group.MapGet("/schedules/{year:int}", async (int year, GetSchedule h, CancellationToken ct) => (await h.HandleAsync(year, ct)).ToResult());

        var admin = app.MapGroup("/api/v1").WithTags("Calendar").RequireAuthorization(Policies.Administrator);
        admin.MapPut("/calendar/schedules/{year:int}", async (int year, ScheduleInfo input, SaveSchedule h, CancellationToken ct) => (await h.HandleAsync(year, input, ct)).ToResult());
        admin.MapDelete("/calendar/schedules/{year:int}", async (int year, SaveSchedule h, CancellationToken ct) => (await h.RemoveAsync(year, ct)).ToResult());
        admin.MapGet("/units/{code}/working-hours", async (string code, SaveWorkingHours h, CancellationToken ct) => (await h.GetAsync(code, ct)).ToResult());
        admin.MapPut("/units/{code}/working-hours", async (string code, WorkingHoursInfo input, SaveWorkingHours h, CancellationToken ct) => (await h.HandleAsync(code, input.Periods, ct)).ToResult());
    }
}
