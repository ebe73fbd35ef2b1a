namespace MotCua.Domain.Indicators;

/// <summary>Something wrong with an indicator table, in Vietnamese and English, for the administrator who edited it.</summary>
public sealed record TableProblem(string Vi, string En);
