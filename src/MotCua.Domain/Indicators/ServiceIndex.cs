using MotCua.Domain.Calendar;

namespace MotCua.Domain.Indicators;

/// <summary>Computes the Decision 766 index of one set of facts (a unit with its descendants: <see cref="ServiceIndexRollUp"/>) for a period.</summary>
public static class ServiceIndex
{
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="InvalidOperationException">A dossier of a procedure the facts do not hold.</exception>
    public static ServiceIndexResult Compute(IndicatorTable table, IndexFacts facts, ReportingPeriod period, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(facts);
        var context = new IndicatorContext(period, calendar, table.Parameters);
        return new ServiceIndexResult(
            table,
            period,
            [.. table.Groups.Select(g => new GroupResult(g, [.. g.Indicators.Select(i => Indicator(i, facts, context))]))]);
    }

    private static IndicatorResult Indicator(IndicatorDefinition indicator, IndexFacts facts, IndicatorContext context)
    {
        Fraction fraction = IndicatorFormulas.All[indicator.Formula].Compute(facts, context);
        return new IndicatorResult(indicator, fraction, IndicatorScoring.Value(indicator, fraction), IndicatorScoring.Points(indicator, fraction));
    }
}
