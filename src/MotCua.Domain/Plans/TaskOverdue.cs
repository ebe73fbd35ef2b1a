namespace MotCua.Domain.Plans;

/// <summary>
/// Which task instances are overdue on a given day (DOMAIN.md §9; API.md <c>GET /plans/overdue?asOf=</c>). The due date
/// is the last day allowed, so an instance becomes overdue the day after it. Asked about a past day, the answer is what
/// the list showed then: an instance done later than that day was still overdue on it.
/// </summary>
public static class TaskOverdue
{
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public static bool IsOverdue(TaskInstanceState instance, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(instance);
        bool doneByThen = instance.DoneOn is DateOnly doneOn && doneOn <= asOf;
        return instance.DueDate < asOf && !doneByThen;
    }

    /// <summary>The overdue instances, in the order given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is null.</exception>
    public static IReadOnlyList<T> Of<T>(IEnumerable<T> instances, Func<T, TaskInstanceState> state, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentNullException.ThrowIfNull(state);
        return [.. instances.Where(i => IsOverdue(state(i), asOf))];
    }
}
