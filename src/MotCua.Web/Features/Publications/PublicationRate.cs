using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Publications;

public sealed record RateFigures(decimal Numerator, decimal Denominator, decimal? Percent);

/// <param name="PublishedOnTime">Decision 766 indicator 1.1: decided at least 5 working days before the change takes effect.</param>
/// <param name="PortalOnTime">Indicator 1.2: on the national database and portal within 5 working days of the decision.</param>
/// <param name="DeskOnTime">The same deadline for the posting at the one-stop desk.</param>
/// <param name="PublishedAndDisclosedOnTime">Seed 000's indicator 07 (tỷ lệ công bố, công khai TTHC đúng hạn): public at both the portal and the desk by that deadline.</param>
public sealed record PublicationRateAnswer(
    DateOnly From, DateOnly To, RateFigures PublishedOnTime, RateFigures PortalOnTime, RateFigures DeskOnTime, RateFigures PublishedAndDisclosedOnTime);

/// <summary>
/// The on-time publication rates of a unit and period, counted by the Decision 766 formulas themselves
/// (<see cref="TransparencyFormulas"/>, with the working days the indicator table in force sets: 5 at local levels, as
/// the index counts them) over the recorded decisions.
/// </summary>
public sealed class PublicationRate(PublicationQueries queries, CalendarSource calendars, IndicatorTable table)
{
    public async Task<Outcome<PublicationRateAnswer>> HandleAsync(PublicationQuery query, CancellationToken ct)
    {
        var read = await queries.DecisionsAsync(query, ct);
        if (read.Failed)
        {
            return read.Error;
        }

        var (decisions, from, to, unitId) = read.Value;
        var context = new IndicatorContext(ReportingPeriod.Days(from, to), await calendars.ForUnitAsync(unitId, ct), table.Parameters);
        RateFigures Disclosed(Func<PublishedChange, DateOnly?> on) =>
            Figures(TransparencyFormulas.DisclosedOnTime(new IndexFacts { Publications = PublicationQueries.Facts(decisions, on) }, context));
        return new PublicationRateAnswer(
            from, to,
            Figures(TransparencyFormulas.PublishedOnTime(new IndexFacts { Publications = PublicationQueries.Facts(decisions, c => c.PortalOn) }, context)),
            Disclosed(c => c.PortalOn),
            Disclosed(c => c.DeskOn),
            Disclosed(c => c.PortalOn is { } portal && c.DeskOn is { } desk ? (portal > desk ? portal : desk) : null));
    }

    private static RateFigures Figures(Fraction fraction) =>
        new(fraction.Numerator, fraction.Denominator, fraction.NoData ? null : Math.Round(fraction.Numerator * 100 / fraction.Denominator, 2));
}
