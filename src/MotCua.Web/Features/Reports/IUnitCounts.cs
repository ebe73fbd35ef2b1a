using MotCua.Domain.Reports;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The figures of a form whose rows are units and whose cells count what the units did in the period (feedback, online
/// services): read once for the unit and everything under it, then counted for any set of its units — a row's, the total's.
/// </summary>
public interface IUnitCounts
{
    FormContent Content { get; }

    Task<Func<IReadOnlySet<Guid>, Measures>> LoadAsync(ReportSubject subject, IReadOnlyCollection<Guid> units, CancellationToken ct);
}
