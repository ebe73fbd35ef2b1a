using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Calendar;

/// <summary>
/// The month calendar officers keep open at the desk, with a due-date calculator. Both read
/// through GET so that a month, a unit and a computed due date can be bookmarked and shared.
/// </summary>
public sealed class IndexModel(MonthView months, GetSchedule schedules, ComputeDue computeDue, ListUnits units, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal? Amount { get; set; }

    /// <summary>"hours" counts <see cref="Amount"/> in working hours; anything else in working days.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Per { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Compute { get; set; }

    public MonthInfo? View { get; private set; }

    public ScheduleInfo? Schedule { get; private set; }

    public IReadOnlyList<DayInfo?[]> Weeks { get; private set; } = [];

    public DueInfo? Due { get; private set; }

    public Error? DueProblem { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsAdmin => OfficerClaims.HasRole(User, Role.Administrator);

    public bool InHours => Per == "hours";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToOffset(WorkingCalendar.VietnamOffset);
        Today = DateOnly.FromDateTime(now.DateTime);
        Year ??= Today.Year;
        Month ??= Today.Month;
        From ??= now.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        Units = await units.HandleAsync(includeInactive: false, ct);

        var month = await months.HandleAsync(Year.Value, Month.Value, UnitCode, ct);
        if (month.Failed)
        {
            Refuse(month.Error);
            return;
        }

        View = month.Value;
        Weeks = WeeksOf(View.Days);
        Schedule = (await schedules.HandleAsync(View.Year, ct)).Value;
        if (Compute)
        {
            // The API names its two parameters in this message; the form has one field for both.
            var due = Amount is null
                ? Error.Validation("amount", new("Chưa nhập thời hạn giải quyết (số ngày hoặc số giờ làm việc).", "Enter the time limit (working days or hours)."))
                : await computeDue.HandleAsync(From, InHours ? null : Amount, InHours ? Amount : null, UnitCode, ct);
            Due = due.Failed ? null : due.Value;
            DueProblem = due.Error;
            if (due.Failed)
            {
                Response.StatusCode = due.Error.Status;
            }
        }
    }

    /// <summary>The handler checks days and hours as two parameters; the form has one field for both.</summary>
    public bool AmountInvalid => DueProblem.Has("amount") || DueProblem.Has("workingDays") || DueProblem.Has("workingHours");

    /// <summary>The link to another month, keeping the unit.</summary>
    public string? MonthLink(int offset)
    {
        var first = new DateOnly(View!.Year, View.Month, 1).AddMonths(offset);
        return !DateRange.Covers(first.Year) ? null
            : "/Calendar" + QueryString.Create(new Dictionary<string, string?>
            {
                ["year"] = first.Year.ToString(CultureInfo.InvariantCulture),
                ["month"] = first.Month.ToString(CultureInfo.InvariantCulture),
                ["unitCode"] = UnitCode,
            }).ToUriComponent();
    }

    public static string CssClass(DayInfo day) => day.Kind switch
    {
        DayKind.WorkingDay => "work",
        DayKind.WorkingSaturday => "work saturday-worked",
        DayKind.Weekend => "off weekend",
        _ => "off holiday",
    };

    /// <summary>Monday-first weeks; null cells pad the first and last week.</summary>
    private static DayInfo?[][] WeeksOf(IReadOnlyList<DayInfo> days)
    {
        var lead = ((int)days[0].Date.DayOfWeek + 6) % 7;
        var cells = Enumerable.Repeat<DayInfo?>(null, lead).Concat(days).ToList();
        cells.AddRange(Enumerable.Repeat<DayInfo?>(null, (7 - (cells.Count % 7)) % 7));
        return cells.Chunk(7).ToArray();
    }
}
