using MotCua.Domain.Catalog;

namespace MotCua.Domain.Reports;

/// <summary>
/// What form II.07 (REPORTS.md §3) needs of a procedure a unit resolves: its level, whether it is received at a one-stop
/// desk (the unit is served by one), and whether its internal process (quy trình nội bộ) is issued, i.e. has steps.
/// </summary>
public sealed record CatalogEntry(ProcedureLevel Level, bool OneStop, bool HasInternalProcess);

/// <summary>The measures of form II.07 for a set of procedures, each counted once.</summary>
public static class MechanismTally
{
    public static Measures Count(IEnumerable<CatalogEntry> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var measures = new Measures();
        foreach (var procedure in procedures)
        {
            string level = procedure.Level.ToString();
            measures.Add("authority" + level);
            if (procedure.OneStop)
            {
                measures.Add("oneStop" + level);
            }

            if (procedure.HasInternalProcess)
            {
                measures.Add("process" + level);
            }
        }

        return measures;
    }
}
