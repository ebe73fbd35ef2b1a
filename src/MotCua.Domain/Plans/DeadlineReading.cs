namespace MotCua.Domain.Plans;

/// <summary>What a plan table's "Thời gian thực hiện" cell says: a deadline, or why it gives none.</summary>
public sealed record DeadlineReading(TaskDue? Due, DueProblem? Problem)
{
    public static DeadlineReading Of(TaskDue due) => new(due, null);

    public static DeadlineReading Failed(DueProblemKind kind, string detail) => new(null, new DueProblem(kind, detail));
}
