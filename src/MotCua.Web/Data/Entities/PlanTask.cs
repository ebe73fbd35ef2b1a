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

    public required string Content { get; init; }

    public Guid LeadUnitId { get; init; }

    /// <summary>The coordinating units' codes, comma-separated, as the plan names them.</summary>
    public string CoordinatingUnitCodes { get; init; } = "";

    public string? ExpectedOutput { get; init; }

    /// <summary><c>date</c>, <c>month</c> or <c>rrule</c>, as in the API.</summary>
    public required string DueKind { get; init; }

    /// <summary>2024-06-30, 2024-06 or the RFC 5545 rule, as entered.</summary>
    public required string DueValue { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
