using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// The time accounting of one dossier: when it was received, when it is due, and whether its time limit is running.
/// The limit counts from receipt (Decree 61/2018 art. 15; DOMAIN.md §2); time waiting for the applicant — a
/// supplement request or a pause required by law — does not count, and on resume the working time that was left is
/// counted again from the resume instant (Decree 61/2018 art. 17: the time already spent counts towards the limit).
/// Immutable: every change returns a new value, so the history of a dossier can be replayed from its events.
/// </summary>
public sealed record DossierClock
{
    private DossierClock(DateTimeOffset receivedAt, DateTimeOffset dueAt)
    {
        ReceivedAt = receivedAt;
        DueAt = dueAt;
        IsRunning = true;
    }

    /// <summary>Thời điểm tiếp nhận.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Ngày hẹn trả: the instant the time limit is used up (+07:00); moves only on resume.</summary>
    public DateTimeOffset DueAt { get; private init; }

    /// <summary>False between <see cref="Stop"/> and <see cref="Resume"/>.</summary>
    public bool IsRunning { get; private init; }

    /// <summary>While stopped: when the clock stopped; null while running.</summary>
    public DateTimeOffset? StoppedAt { get; private init; }

    /// <summary>While stopped: the working time left of the limit, never negative; null while running.</summary>
    public TimeSpan? Remaining { get; private init; }

    /// <summary>Starts a time limit of <paramref name="workingTime"/> (working days × hours per day, or hours) at receipt.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative working time, or a date outside the calendar.</exception>
    public static DossierClock Start(WorkingCalendar calendar, DateTimeOffset receivedAt, TimeSpan workingTime)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new DossierClock(receivedAt, calendar.AddWorkingTime(receivedAt, workingTime));
    }

    /// <summary>
    /// Starts a same-day procedure (e.g. certified copies: received before 15:00, returned that day; DOMAIN.md §2):
    /// due at closing time of the day <see cref="WorkingCalendar.SameDayCutoffDue"/> decides.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date outside the calendar.</exception>
    public static DossierClock StartSameDay(WorkingCalendar calendar, DateTimeOffset receivedAt, TimeOnly cutoff)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new DossierClock(receivedAt, calendar.SameDayCutoffDue(receivedAt, cutoff));
    }

    /// <summary>
    /// Rebuilds a clock from stored values (e.g. the columns of a dossier row): running when
    /// <paramref name="stoppedAt"/> and <paramref name="remaining"/> are both null, stopped when both are set.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="stoppedAt"/> and <paramref name="remaining"/> is set.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative remaining time, or a stop before receipt.</exception>
    public static DossierClock Restore(DateTimeOffset receivedAt, DateTimeOffset dueAt, DateTimeOffset? stoppedAt, TimeSpan? remaining)
    {
        if (stoppedAt.HasValue != remaining.HasValue)
        {
            throw new ArgumentException("A stopped clock has both a stop instant and a remaining time; a running one has neither.", nameof(remaining));
        }

        var clock = new DossierClock(receivedAt, dueAt);
        if (stoppedAt is not { } stopped || remaining is not { } left)
        {
            return clock;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(left, TimeSpan.Zero, nameof(remaining));
        ArgumentOutOfRangeException.ThrowIfLessThan(stopped, receivedAt, nameof(stoppedAt));
        return clock with { IsRunning = false, StoppedAt = stopped, Remaining = left };
    }

    /// <summary>
    /// Stops the clock (supplement requested, paused) and keeps the working time left. A dossier stopped at or after
    /// its due instant keeps nothing: <see cref="Remaining"/> is zero.
    /// </summary>
    /// <exception cref="InvalidOperationException">The clock is already stopped.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before receipt.</exception>
    public DossierClock Stop(WorkingCalendar calendar, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!IsRunning)
        {
            throw new InvalidOperationException($"The clock has been stopped since {StoppedAt:O}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(at, ReceivedAt);
        TimeSpan left = calendar.WorkingTimeBetween(at, DueAt);
        return this with { IsRunning = false, StoppedAt = at, Remaining = left > TimeSpan.Zero ? left : TimeSpan.Zero };
    }

    /// <summary>
    /// Restarts the clock: the due instant becomes <paramref name="at"/> plus the working time left. When nothing was
    /// left (stopped already late, or exactly at the due instant) the due instant does not move: the waiting time is not
    /// a new time limit, so a dossier that was late stays late, and one stopped at its last instant is late at the
    /// first act after resuming.
    /// </summary>
    /// <exception cref="InvalidOperationException">The clock is running.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the stop.</exception>
    public DossierClock Resume(WorkingCalendar calendar, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsRunning || StoppedAt is not { } stoppedAt || Remaining is not { } remaining)
        {
            throw new InvalidOperationException("The clock is running.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(at, stoppedAt);
        DateTimeOffset due = remaining > TimeSpan.Zero ? calendar.AddWorkingTime(at, remaining) : DueAt;
        return this with { IsRunning = true, StoppedAt = null, Remaining = null, DueAt = due };
    }

    /// <summary>
    /// Whether the dossier is past due at <paramref name="at"/> (form II.06 col. 13 against col. 12). A stopped clock
    /// does not run, so a stopped dossier is overdue only if it was stopped after its due instant (REPORTS.md: waiting
    /// for a supplement is "within time" unless it already was late).
    /// </summary>
    public bool IsOverdueAt(DateTimeOffset at) => IsRunning ? at > DueAt : StoppedAt > DueAt;
}
