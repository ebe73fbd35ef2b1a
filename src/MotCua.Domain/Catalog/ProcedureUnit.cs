namespace MotCua.Domain.Catalog;

/// <summary>A unit that resolves the procedure (cơ quan thực hiện).</summary>
public sealed class ProcedureUnit
{
    public Guid ProcedureId { get; init; }

    public Guid UnitId { get; init; }
}
