namespace MotCua.Web.Features.Organization;

/// <summary>Model of the shared <c>_UnitOptions</c> partial: the units of a select, the chosen one, and the label of "none".</summary>
public sealed record UnitOptions(IReadOnlyList<UnitInfo> Units, string? Selected, string? Blank = null);
