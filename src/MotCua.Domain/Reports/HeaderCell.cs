namespace MotCua.Domain.Reports;

/// <summary>
/// One merged cell of a form's header block: its text, the header row it starts on (0 at the top), how many rows it
/// spans down, and the first and last column (0-based positions in the form's column list) it spans across.
/// </summary>
public sealed record HeaderCell(string Text, int Row, int RowSpan, int FirstColumn, int LastColumn)
{
    public int ColumnSpan => LastColumn - FirstColumn + 1;

    /// <summary>
    /// The header block of <paramref name="form"/>, the same for the workbook and the printed page: adjacent columns that
    /// share the start of their header path share its cells (merged across); a column whose path ends above the bottom
    /// row takes the rows below it (merged down).
    /// </summary>
    public static IReadOnlyList<HeaderCell> Layout(ReportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var columns = form.Columns;
        int depth = form.HeaderDepth;
        var cells = new List<HeaderCell>();
        for (int row = 0; row < depth; row++)
        {
            for (int first = 0; first < columns.Count;)
            {
                var path = columns[first].Headers;
                if (path.Count <= row)
                {
                    first++;
                    continue;
                }

                int last = first;
                while (last + 1 < columns.Count && columns[last + 1].Headers.Count > row && columns[last + 1].Headers.Take(row + 1).SequenceEqual(path.Take(row + 1)))
                {
                    last++;
                }

                bool endsHere = path.Count == row + 1 && last == first;
                cells.Add(new HeaderCell(path[row], row, endsHere ? depth - row : 1, first, last));
                first = last + 1;
            }
        }

        return cells;
    }
}
