namespace MotCua.Domain.Reports;

/// <summary>Counts by measure name (<c>receivedOnline</c>, <c>authorityCommune</c>…), the figures a form's columns draw on.</summary>
public sealed class Measures
{
    private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);

    public long this[string measure] => counts.GetValueOrDefault(measure);

    public void Add(string measure, long count = 1) => counts[measure] = this[measure] + count;

    public void Add(Measures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (measure, count) in other.counts)
        {
            Add(measure, count);
        }
    }

    public static Measures Sum(IEnumerable<Measures> parts)
    {
        var total = new Measures();
        foreach (var part in parts)
        {
            total.Add(part);
        }

        return total;
    }

    /// <summary>The form's figure columns filled: a measure's count, or the sum of the columns it adds up (in column order, so sums of sums work).</summary>
    public IReadOnlyDictionary<int, long> Cells(ReportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var cells = new Dictionary<int, long>();
        foreach (var column in form.FigureColumns.OrderBy(c => c.Sum is null ? 0 : 1))
        {
            cells[column.Number] = column.Measure is { } measure ? this[measure] : column.Sum!.Sum(n => cells.GetValueOrDefault(n));
        }

        return cells;
    }
}
