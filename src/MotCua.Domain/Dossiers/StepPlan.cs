using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Due instants of the internal process's steps (quy trình nội bộ): each step has its allotted share of the time
/// limit (Decree 61/2018 art. 16 and the control sheet, Mẫu 05 of Circular 01/2018/TT-VPCP; DOMAIN.md §2–3).
/// </summary>
public static class StepPlan
{
    /// <summary>
    /// Step <c>i</c> is due when the working hours of steps 0…i, counted from <paramref name="start"/>, are used up.
    /// The sum is taken first and converted once, so rounding never accumulates and the last step falls exactly where
    /// the whole limit would. A step of zero hours is due with the one before it. The time waiting for the applicant is
    /// left out: each due instant moves through every ended stop of <paramref name="stops"/> exactly as the dossier's
    /// own due instant does (<see cref="DossierClock.Resume"/>), so the last step still falls on the dossier's due date;
    /// a stop not yet ended moves nothing yet, as the dossier's due date does not move until it resumes.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative share, a stop before <paramref name="start"/> or ending before it began, a date outside the calendar.</exception>
    public static IReadOnlyList<DateTimeOffset> DueTimes(WorkingCalendar calendar, DateTimeOffset start, IReadOnlyList<decimal> stepHours, IReadOnlyList<ClockStop>? stops = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(stepHours);
        var dueTimes = new DateTimeOffset[stepHours.Count];
        decimal cumulative = 0;
        for (int i = 0; i < stepHours.Count; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(stepHours[i], nameof(stepHours));
            cumulative += stepHours[i];
            long ticks = (long)decimal.Round(cumulative * TimeSpan.TicksPerHour, MidpointRounding.AwayFromZero);
            var clock = DossierClock.Restore(start, calendar.AddWorkingTime(start, TimeSpan.FromTicks(ticks)), null, null);
            foreach (var stop in stops ?? [])
            {
                if (stop.ResumedAt is { } resumed)
                {
                    clock = clock.Stop(calendar, stop.At).Resume(calendar, resumed);
                }
            }

            dueTimes[i] = clock.DueAt;
        }

        return dueTimes;
    }
}
