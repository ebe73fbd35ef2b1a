using MotCua.Domain.Catalog;

namespace MotCua.Domain.Reports;

/// <summary>What one item row counts: a field of procedures of a level, or a sub-unit (its level is the unit's).</summary>
public sealed record ReportItem(ProcedureLevel Level, string Label, string? UnitCode, Measures Measures);
