namespace MotCua.Domain.Catalog;

/// <summary>
/// The internal process must fit in the time limit: the steps' allotted hours together may not
/// exceed it (Decree 61/2018 art. 28 — each step has its share of the time limit).
/// </summary>
public static class ProcessRules
{
    public const decimal HoursPerWorkingDay = 8;

    public static bool FitsTimeLimit(IEnumerable<ProcessStep> steps, TimeLimit limit) =>
        steps.Sum(s => s.Hours) <= limit.Hours(HoursPerWorkingDay);
}
