using MotCua.Domain.Calendar;

namespace MotCua.Domain.Feedback;

/// <summary>
/// When the answer is owed (DOMAIN.md §6: within 10 working days; seed 001 asks ≥97 % on time, seed 000 indicator 09
/// 100 %): 10 × the unit's working hours a day of working time from receipt, counted like a dossier's appointment,
/// so a feedback sent at night or on a holiday starts counting at the next working period.
/// </summary>
public static class FeedbackDue
{
    public const int AnswerWorkingDays = 10;

    /// <summary>How many working days before the due instant the responsible unit is reminded.</summary>
    public const int ReminderWorkingDays = 2;

    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static DateTimeOffset Of(WorkingCalendar calendar, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(receivedAt, AnswerWorkingDays);
    }

    /// <summary>
    /// The latest due instant that is "due soon" at <paramref name="now"/>: <see cref="ReminderWorkingDays"/> working
    /// days ahead. Feedback still owed and due at or before it (or already past due) is reminded and listed as due soon.
    /// </summary>
    public static DateTimeOffset ReminderHorizon(WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(now, ReminderWorkingDays);
    }
}
