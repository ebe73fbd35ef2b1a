namespace MotCua.Web.Data.Entities;

/// <summary>
/// A review of one procedure in a unit's yearly review plan (seed 000 Phụ lục IV; Circular 02/2017/TT-VPCP): the
/// assessment of necessity, reasonableness and legality, the compliance cost now and as proposed, the declared
/// information before and after, and the simplification proposed — components cut, a shorter time limit, online
/// submission. Sent up as <c>proposed</c>; once <c>approved</c>, the catalog change is made from it.
/// </summary>
public sealed class ProcedureReview
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProcedureId { get; init; }

    public Guid UnitId { get; init; }

    public int Year { get; init; }

    public required string Necessity { get; init; }

    public required string Reasonableness { get; init; }

    public required string Legality { get; init; }

    /// <summary>The cost inputs, current then proposed, as <c>CostInput</c> JSON: hours, income per hour, fees, other costs, dossiers a year.</summary>
    public required string Costs { get; init; }

    public int FieldsBefore { get; init; }

    public int FieldsAfter { get; init; }

    /// <summary>The names of the components the proposal cuts, one a line, as the catalog names them.</summary>
    public string CutComponents { get; init; } = "";

    public decimal? ProposedWorkingDays { get; init; }

    public bool AllowOnline { get; init; }

    /// <summary><c>proposed</c> or <c>approved</c>.</summary>
    public required string Status { get; set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }
}
