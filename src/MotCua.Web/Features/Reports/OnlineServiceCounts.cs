using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Features.Indicators;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The online services form's counts from the index's own facts (procedures, dossiers, payments), so that the form and
/// the Decision 766 index never disagree. Each row's units are read once as the index reads a subtree; any set of rows
/// then adds its dossiers and counts its procedures once each (a procedure of two wards is one procedure of the town).
/// </summary>
public sealed class OnlineServiceCounts(IndexFactsSource facts, CalendarSource calendars, IndicatorTable table) : IUnitCounts
{
    public FormContent Content => FormContent.OnlineServices;

    public async Task<Func<IReadOnlySet<Guid>, Measures>> LoadAsync(ReportSubject subject, IReadOnlyCollection<Guid> units, CancellationToken ct)
    {
        var calendar = await calendars.ForUnitAsync(subject.Unit.Id, ct);
        var context = new IndicatorContext(subject.Instants, calendar, table.Parameters);
        var rows = new List<(IReadOnlySet<Guid> Units, Measures Dossiers, IReadOnlyList<ProcedureFacts> Procedures)>();
        foreach (var set in ReportFigures.RowSets(subject))
        {
            var read = await facts.LoadAsync([.. set], subject.Instants.From, subject.Instants.To, calendar, ct);
            rows.Add((set, OnlineServiceTally.Dossiers(read, context), read.Procedures));
        }

        return chosen =>
        {
            var within = rows.Where(r => r.Units.IsSubsetOf(chosen)).ToList();
            var measures = OnlineServiceTally.Procedures(within.SelectMany(r => r.Procedures));
            measures.Add(Measures.Sum(within.Select(r => r.Dossiers)));
            return measures;
        };
    }
}
