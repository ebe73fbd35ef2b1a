namespace MotCua.Domain.Catalog;

/// <summary>Quyết định công bố: the decision that announced (or changed) the procedure.</summary>
public sealed record Publication(string DecisionNumber, DateOnly DecisionDate, DateOnly EffectiveDate);
