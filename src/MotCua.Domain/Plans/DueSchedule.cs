namespace MotCua.Domain.Plans;

/// <summary>The dated instances of a task's deadline, or why there are none: errors are values, not exceptions.</summary>
public sealed record DueSchedule
{
    private DueSchedule(IReadOnlyList<DateOnly> dates, DueProblem? problem)
    {
        Dates = dates;
        Problem = problem;
    }

    /// <summary>Working days, ascending, without repeats; empty when <see cref="Problem"/> is set.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    public DueProblem? Problem { get; }

    public static DueSchedule Of(IEnumerable<DateOnly> dates) => new([.. dates.Distinct().Order()], null);

    public static DueSchedule Failed(DueProblemKind kind, string detail) => new([], new DueProblem(kind, detail));
}
