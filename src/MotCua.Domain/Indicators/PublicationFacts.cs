using MotCua.Domain.Catalog;

namespace MotCua.Domain.Indicators;

/// <summary>
/// A publication decision (quyết định công bố) and the procedures it announced, changed or abolished
/// (INDICATORS-766.md 1.1, 1.2).
/// </summary>
public sealed record PublicationFacts(string DecisionNumber, DateOnly DecisionDate, IReadOnlyList<PublishedProcedure> Procedures)
{
    /// <summary>
    /// The decisions behind procedure revisions, grouped by decision number. The catalog records one effective date per
    /// decision, read here as the latest effective date of the procedure's legal basis; when each procedure was
    /// disclosed on the national procedure database is not recorded yet and comes with each revision.
    /// </summary>
    public static IReadOnlyList<PublicationFacts> From(IEnumerable<(string ProcedureCode, ProcedureRevision Revision, DateOnly? DisclosedOn)> revisions)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        return
        [
            .. revisions
                .Where(r => r.Revision.Publication is not null)
                .GroupBy(r => r.Revision.Publication!.DecisionNumber, StringComparer.Ordinal)
                .Select(g => new PublicationFacts(
                    g.Key,
                    g.First().Revision.Publication!.DecisionDate,
                    [.. g.Select(r => new PublishedProcedure(r.ProcedureCode, r.Revision.Publication!.EffectiveDate, r.DisclosedOn))])),
        ];
    }
}
