using MotCua.Domain.Calendar;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common;

/// <summary>
/// The working calendars <see cref="CalendarSource"/> built, one a unit, kept for <c>Calendar:CacheSeconds</c>: every
/// intake, action, inbox page, dossier page and import needs one, and building it read every published year with its
/// days on each request (14 % of an import's time).
/// </summary>
public sealed class CalendarCache(TimeProvider clock, IConfiguration configuration)
    : KeptAWhile<Guid, WorkingCalendar>(clock, Seconds(configuration, "Calendar"), typeof(ScheduleYear), typeof(ScheduleDay), typeof(UnitWorkingHours));
