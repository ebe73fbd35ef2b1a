namespace MotCua.Domain.Catalog;

/// <summary>
/// The days over which a unit resolved a procedure (DOMAIN.md §1: which procedures a unit resolves is a dated fact): a
/// past period counts the procedures its units resolved then. <see cref="ValidTo"/> is the first day it no longer did.
/// </summary>
public sealed class ProcedureUnitSpan
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProcedureId { get; init; }

    public Guid UnitId { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; set; }

    public bool Covers(DateOnly day) => ValidFrom <= day && (ValidTo is not { } to || day < to);
}
