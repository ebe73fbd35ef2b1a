namespace MotCua.Domain.Reviews;

/// <param name="Field">The input at fault, as the API names it, e.g. <c>current.hoursPerDossier</c>.</param>
/// <param name="Detail">What is wrong with it.</param>
/// <param name="Maximum">The largest value allowed, when the input is above it; null when it is below zero.</param>
public sealed record ReviewProblem(string Field, string Detail, decimal? Maximum = null);
