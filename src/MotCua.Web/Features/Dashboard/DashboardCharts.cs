using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Web.Common;
using ScottPlot;

namespace MotCua.Web.Features.Dashboard;

/// <summary>
/// The dashboard's charts as SVG drawn on the server with ScottPlot (DESIGN.md, Conventions), so that the page, its
/// print and any document show the same drawing; each series is named in the legend.
/// </summary>
public static partial class DashboardCharts
{
    public const int Width = 720;
    public const int Height = 320;

    public static readonly IReadOnlyList<string> Names = ["months", "channels", "timeliness"];

    /// <summary>The chart called <paramref name="name"/> (one of <see cref="Names"/>) of <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a chart's name.</exception>
    public static string Svg(string name, DashboardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        plot.Font.Automatic();
        switch (name)
        {
            case "months":
                Months(plot, report.Months);
                break;
            case "channels":
                Bars(plot, Text.Pick("Hồ sơ tiếp nhận theo kênh", "Dossiers received by channel"), [
                    (Text.Pick("Tại quầy", "At the desk"), report.Totals.Counter, Colors.SteelBlue),
                    (Text.Pick("Trực tuyến", "Online"), report.Totals.Online, Colors.SeaGreen),
                    (Text.Pick("Bưu chính", "Postal"), report.Totals.Postal, Colors.DarkOrange)]);
                break;
            case "timeliness":
                Bars(plot, Text.Pick("Kết quả giải quyết", "How processing ended"), [
                    (Text.Pick("Trước hạn", "Early"), report.Totals.Early, Colors.SeaGreen),
                    (Text.Pick("Đúng hạn", "On time"), report.Totals.OnTime, Colors.SteelBlue),
                    (Text.Pick("Quá hạn", "Late"), report.Totals.Late, Colors.Crimson),
                    (Text.Pick("Đang giải quyết", "In progress"), report.Totals.InProgress, Colors.Gray)]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Not a dashboard chart.");
        }

        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>
    /// A target's roadmap line (the quarterly minimums) and the actual values at the end of each quarter so far, for
    /// the page (without the XML declaration, which HTML does not allow inline).
    /// </summary>
    public static string Roadmap(IReadOnlyList<decimal> minimums, IReadOnlyList<decimal?> actuals)
    {
        ArgumentNullException.ThrowIfNull(minimums);
        ArgumentNullException.ThrowIfNull(actuals);
        var plot = new Plot();
        plot.Font.Automatic();
        double[] quarters = [1, 2, 3, 4];
        var roadmap = plot.Add.Scatter(quarters, minimums.Select(m => (double)m).ToArray(), Colors.Gray);
        roadmap.LegendText = Text.Pick("Lộ trình tối thiểu", "Roadmap minimum");
        roadmap.LinePattern = LinePattern.Dashed;
        var known = actuals.Select((a, i) => (a, i)).Where(x => x.a is not null).ToList();
        var actual = plot.Add.Scatter(known.Select(x => x.i + 1.0).ToArray(), known.Select(x => (double)x.a!.Value).ToArray(), Colors.SteelBlue);
        actual.LegendText = Text.Pick("Thực tế", "Actual");
        actual.LineWidth = 2;
        plot.Axes.Bottom.SetTicks(quarters, ["I", "II", "III", "IV"]);
        plot.Axes.SetLimitsY(0, 105);
        plot.ShowLegend(Alignment.LowerRight);
        return Inline(plot.GetSvgXml(320, 180));
    }

    /// <summary>
    /// An SVG for inline HTML: without its XML declaration (which HTML does not allow inline), its text in the page's
    /// font. ScottPlot names the server's font and places every glyph where that font puts it; the reader's browser may
    /// lack that font and would fall back to a serif one, so the text inherits the page's font and flows in it from
    /// where ScottPlot starts it.
    /// </summary>
    public static string Inline(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var inline = svg[Math.Max(0, svg.IndexOf("<svg", StringComparison.Ordinal))..];
        return GlyphPositions().Replace(TextFont().Replace(inline, "font-family=\"inherit\""), " x=\"$1\"");
    }

    [GeneratedRegex("(?<=<text [^>]*)font-family=\"[^\"]*\"")]
    private static partial Regex TextFont();

    // Each glyph's x, of which the first is where the text starts (left of its anchor when right-aligned or centred).
    [GeneratedRegex("(?<=<text [^>]*) x=\"([^\",]*),[^\"]*\"")]
    private static partial Regex GlyphPositions();

    private static void Months(Plot plot, IReadOnlyList<DashboardRow> months)
    {
        plot.Title(Text.Pick("Hồ sơ theo tháng", "Dossiers by month"));
        double[] xs = [.. Enumerable.Range(0, months.Count).Select(i => (double)i)];
        Series(plot, xs, months.Select(m => m.Received), Text.Pick("Tiếp nhận", "Received"), Colors.SteelBlue);
        Series(plot, xs, months.Select(m => m.Early + m.OnTime), Text.Pick("Giải quyết trước và đúng hạn", "Resolved early or on time"), Colors.SeaGreen);
        Series(plot, xs, months.Select(m => m.Late), Text.Pick("Quá hạn", "Late"), Colors.Crimson);
        plot.Axes.Bottom.SetTicks(xs, [.. months.Select(m => m.Name[..2] + "/" + m.Name[5..])]);
        plot.Axes.Margins(bottom: 0);
        // Beneath the plot, where it hides none of the lines.
        plot.ShowLegend(Edge.Bottom);
    }

    private static void Series(Plot plot, double[] xs, IEnumerable<int> values, string name, Color color)
    {
        var line = plot.Add.Scatter(xs, values.Select(v => (double)v).ToArray(), color);
        line.LegendText = name;
        line.LineWidth = 2;
    }

    private static void Bars(Plot plot, string title, IReadOnlyList<(string Name, int Value, Color Color)> bars)
    {
        plot.Title(title);
        foreach (var (bar, i) in bars.Select((b, i) => (b, i)))
        {
            var added = plot.Add.Bar(position: i, value: bar.Value);
            added.Color = bar.Color;
            added.LegendText = bar.Name;
            added.Bars[0].Label = bar.Value.ToString("N0", CultureInfo.CurrentCulture);
        }

        // Each bar is named under it, so a legend would only cover the tallest; the headroom keeps its figure in view.
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, bars.Count).Select(i => (double)i)], [.. bars.Select(b => b.Name)]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.HideLegend();
    }
}
