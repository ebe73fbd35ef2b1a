using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Data;

/// <summary>
/// The dossiers not yet final, as a filtered index holds them (issue 19): the inbox's queues read the open work of a
/// unit through it, whatever number of finished dossiers the unit's history holds.
/// </summary>
public static class OpenDossiers
{
    public static IReadOnlyList<DossierStatus> Statuses { get; } = Enum.GetValues<DossierStatus>().Where(s => !DossierWorkflow.IsFinal(s)).ToArray();

    /// <summary>
    /// The condition of the index, its statuses inlined rather than sent as a parameter: a planner uses a partial index
    /// only for a condition it can see, and the same list in the same order as <see cref="IndexFilter"/> lets SQLite and
    /// PostgreSQL alike prove that the query reads nothing the index leaves out.
    /// </summary>
    public static Expression<Func<Dossier, bool>> Filter { get; } = d => EF.Constant(InlinedStatuses).Contains(d.Status);

    /// <summary>The SQL of <see cref="Filter"/>: statuses are stored by name.</summary>
    public static string IndexFilter { get; } = $"\"Status\" IN ({string.Join(", ", Statuses.Select(s => $"'{s}'"))})";

    private static readonly DossierStatus[] InlinedStatuses = [.. Statuses];
}
