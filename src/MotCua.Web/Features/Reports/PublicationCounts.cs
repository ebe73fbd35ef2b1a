using MotCua.Domain.Catalog;
using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Features.Indicators;
using MotCua.Web.Features.Publications;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The publication form's counts: the decisions behind the catalog's revisions of the units' procedures (a change made
/// public on the portal on the day recorded), and the units' procedures as the index reads them. A decision changing
/// procedures of two rows is one decision of their total, a procedure of two rows one procedure.
/// </summary>
public sealed class PublicationCounts(PublicationQueries queries, IndexFactsSource facts, CalendarSource calendars, IndicatorTable table) : IUnitCounts
{
    /// <summary>How far before the period decisions are read: a disclosure due in the period may follow a decision of the month before.</summary>
    private const int DaysBefore = 31;

    public FormContent Content => FormContent.Publication;

    public async Task<Func<IReadOnlySet<Guid>, Measures>> LoadAsync(ReportSubject subject, IReadOnlyCollection<Guid> units, CancellationToken ct)
    {
        var calendar = await calendars.ForUnitAsync(subject.Unit.Id, ct);
        var context = new IndicatorContext(subject.Instants, calendar, table.Parameters);
        var rows = new List<(IReadOnlySet<Guid> Units, IReadOnlyList<PublicationDecision> Decisions, IReadOnlyList<ProcedureFacts> Procedures)>();
        foreach (var set in ReportFigures.RowSets(subject))
        {
            var decisions = await queries.DecisionsOfAsync([.. set], subject.Period.From.AddDays(-DaysBefore), subject.Period.To, ct);
            var read = await facts.LoadAsync([.. set], subject.Instants.From, subject.Instants.To, calendar, ct);
            rows.Add((set, decisions, read.Procedures));
        }

        return chosen =>
        {
            var within = rows.Where(r => r.Units.IsSubsetOf(chosen)).ToList();
            var decisions = within.SelectMany(r => r.Decisions).GroupBy(d => d.DecisionNumber, StringComparer.Ordinal)
                .Select(g => new PublicationDecision(g.Key, g.Min(d => d.DecisionDate), [.. g.SelectMany(d => d.Changes).DistinctBy(c => c.RevisionId)]))
                .Select(d => (PublicationQueries.Facts([d], c => c.PortalOn)[0], (IReadOnlyList<ProcedureChangeKind>)[.. d.Changes.Select(c => c.Kind)]))
                .ToList();
            return PublicationTally.Count(decisions, [.. within.SelectMany(r => r.Procedures).DistinctBy(p => p.Code)], context);
        };
    }
}
