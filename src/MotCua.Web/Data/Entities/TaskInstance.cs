using MotCua.Domain.Plans;

namespace MotCua.Web.Data.Entities;

/// <summary>One dated occurrence of a plan task and how far its lead unit has got with it.</summary>
public sealed class TaskInstance
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TaskId { get; init; }

    /// <summary>The working-day deadline (<see cref="TaskDueSchedule"/>).</summary>
    public DateOnly DueDate { get; init; }

    public TaskProgress Status { get; set; }

    /// <summary>The day, in Vietnam, it was marked done; null unless done.</summary>
    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }

    /// <summary>An absolute http(s) link to the evidence (report, decision, published page).</summary>
    public string? EvidenceUrl { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public TaskInstanceState State => new(DueDate, Status, DoneOn);
}
