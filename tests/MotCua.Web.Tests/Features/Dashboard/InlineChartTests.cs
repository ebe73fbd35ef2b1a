using System.Xml.Linq;
using MotCua.Web.Features.Dashboard;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dashboard;

/// <summary>
/// Issue 18, look and feel: a chart on a page speaks in the page's font. ScottPlot names the server's font (a serif one
/// here) and places each glyph for it, which a reader's browser without that font would draw in its default serif;
/// the text keeps where ScottPlot starts it.
/// </summary>
public sealed class InlineChartTests
{
    [Fact]
    public void An_inline_chart_writes_its_text_in_the_pages_font_and_lets_it_flow()
    {
        var svg = XElement.Parse(DashboardCharts.Roadmap([20m, 30m, 40m, 50m], [25m, 35m, null, null]));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").ToList();
        texts.Select(t => t.Value.Trim()).ShouldContain("Lộ trình tối thiểu");
        texts.ShouldAllBe(t => (string?)t.Attribute("font-family") == "inherit");
        texts.ShouldAllBe(t => t.Attribute("x") == null || !((string)t.Attribute("x")!).Contains(','));
        texts.ShouldContain(t => t.Attribute("x") != null && ((string)t.Attribute("x")!).StartsWith('-'), "a right-aligned tick label still starts left of its anchor");
        texts.ShouldAllBe(t => ((string?)t.Attribute("transform") ?? "").StartsWith("translate(", StringComparison.Ordinal));
    }
}
