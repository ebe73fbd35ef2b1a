namespace MotCua.Web.Data.Entities;

/// <summary>
/// A procedure, or a group of procedures, a plan sets out to review in its year (seed 000 Phụ lục IV, DOMAIN.md §10): by
/// which unit with which others, from which month to which, and what is reviewed. Its review forms are the unit's
/// reviews of the procedure in the plan's year.
/// </summary>
public sealed class ReviewPlanItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; init; }

    /// <summary>The heading the item is listed under, e.g. "I. Nhóm thủ tục hành chính về lĩnh vực công sản".</summary>
    public string Group { get; init; } = "";

    public int Position { get; init; }

    /// <summary>The catalog's procedure; null for a procedure or group the catalog does not hold, named by <see cref="ProcedureName"/>.</summary>
    public Guid? ProcedureId { get; init; }

    public required string ProcedureName { get; init; }

    public required string Field { get; init; }

    public Guid LeadUnitId { get; init; }

    /// <summary>The coordinating units' codes, comma-separated.</summary>
    public string CoordinatingUnitCodes { get; init; } = "";

    /// <summary>The coordinating agencies as the plan words them when they are not units of the organization ("Trung tâm Y tế").</summary>
    public string? Coordinators { get; init; }

    public int StartMonth { get; init; }

    public int EndMonth { get; init; }

    /// <summary>What is reviewed and the aim, e.g. "Cắt giảm thời gian giải quyết (từ 02 ngày xuống 01 ngày làm việc)".</summary>
    public required string Content { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
