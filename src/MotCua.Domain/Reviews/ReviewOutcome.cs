namespace MotCua.Domain.Reviews;

/// <summary>A review figure, or every problem with its inputs: errors are values, and all of them are listed at once.</summary>
public sealed record ReviewOutcome<T>
    where T : class
{
    private ReviewOutcome(T? value, IReadOnlyList<ReviewProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The figure; null exactly when <see cref="Problems"/> is not empty.</summary>
    public T? Value { get; }

    public IReadOnlyList<ReviewProblem> Problems { get; }

    internal static ReviewOutcome<T> From(IReadOnlyList<ReviewProblem> problems, Func<T> value) =>
        problems.Count == 0 ? new(value(), []) : new(null, problems);
}
