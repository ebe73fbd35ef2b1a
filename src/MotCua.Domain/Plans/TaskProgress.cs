namespace MotCua.Domain.Plans;

/// <summary>Where a unit stands on one instance of a plan task (API.md: <c>inProgress</c>, <c>done</c>).</summary>
public enum TaskProgress
{
    NotStarted,
    InProgress,
    Done,
}
