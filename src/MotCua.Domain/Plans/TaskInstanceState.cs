namespace MotCua.Domain.Plans;

/// <summary>One dated instance of a plan task and how far its unit has got with it.</summary>
public sealed record TaskInstanceState
{
    /// <param name="dueDate">The instance's working-day deadline (<see cref="TaskDueSchedule"/>).</param>
    /// <param name="progress">Where the unit stands.</param>
    /// <param name="doneOn">The day the lead unit marked it done: required when done, absent otherwise.</param>
    /// <exception cref="ArgumentException">A done instance without its day, or a day on an instance not done.</exception>
    public TaskInstanceState(DateOnly dueDate, TaskProgress progress, DateOnly? doneOn = null)
    {
        if ((progress == TaskProgress.Done) != doneOn.HasValue)
        {
            throw new ArgumentException("A done instance has the day it was done, and only a done instance has one.", nameof(doneOn));
        }

        DueDate = dueDate;
        Progress = progress;
        DoneOn = doneOn;
    }

    public DateOnly DueDate { get; }

    public TaskProgress Progress { get; }

    public DateOnly? DoneOn { get; }
}
