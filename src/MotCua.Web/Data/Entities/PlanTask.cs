namespace MotCua.Web.Data.Entities;

/// <summary>
/// One task of a plan: what is to be done, by which unit with which others, producing what, and its deadline as
/// entered (<see cref="DueKind"/> and <see cref="DueValue"/>, read back into a <c>TaskDue</c>); its dated instances are
/// <see cref="TaskInstance"/>s.
/// </summary>
public sealed class PlanTask
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; init; }

    /// <summary>The plan's heading the task is listed under, e.g. "I. Công bố, công khai thủ tục hành chính".</summary>
    public string Section { get; set; } = "";

    /// <summary>The task's place in the plan's table, from 1.</summary>
    public int Position { get; set; }

    public required string Content { get; set; }

    public Guid LeadUnitId { get; set; }

    /// <summary>The coordinating units' codes, comma-separated, as the plan names them.</summary>
    public string CoordinatingUnitCodes { get; set; } = "";

    /// <summary>
    /// The performing units as the plan's table words them ("Các phòng chuyên môn thuộc UBND thị xã, UBND các xã, phường"),
    /// when they are groups or officers rather than the units named by code.
    /// </summary>
    public string? Performers { get; set; }

    public string? ExpectedOutput { get; set; }

    /// <summary><c>date</c>, <c>month</c>, <c>rrule</c>, or <c>event</c> for a deadline that waits on an event and has no instance yet.</summary>
    public required string DueKind { get; set; }

    /// <summary>2024-06-30, 2024-06 or the RFC 5545 rule, as entered; empty for an <c>event</c> deadline.</summary>
    public required string DueValue { get; set; }

    /// <summary>The deadline as the plan writes it ("Thường xuyên", "Quý III/2024", "Sau đợt kiểm tra").</summary>
    public string? DueText { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
