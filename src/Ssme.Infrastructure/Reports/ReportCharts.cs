using ScottPlot;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reporting;
using Ssme.Infrastructure.Pdf;

namespace Ssme.Infrastructure.Reports;

/// <summary>The report's charts, drawn by ScottPlot as vectors onto the PDF page.</summary>
internal static class ReportCharts
{
    private static readonly Color[] LevelColors = [Color.FromHex("#a63d2a"), Color.FromHex("#f2a541"), Color.FromHex("#1e6b41")];
    private static readonly Color Bar = Color.FromHex("#1f4e79");
    private static readonly Color NationalBar = Color.FromHex("#9db3c8");

    public static void Bars(Plot plot, IReadOnlyList<(string Label, double Value)> items, string title)
    {
        Style(plot, title);
        var bars = items.Select((item, i) => new Bar { Position = i, Value = item.Value, FillColor = Bar, LineWidth = 0, Label = item.Value.ToString("#,0.##", Domain.Common.EsCo.Culture) }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontName = PdfTheme.FontFamily;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, items.Count).Select(i => (double)i)], [.. items.Select(item => item.Label)]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
    }

    /// <summary>Per variable, the share of initiatives at each level as one stacked horizontal bar.</summary>
    public static void LevelBars(Plot plot, IReadOnlyList<(string Label, LevelCounts Counts)> items)
    {
        Style(plot, "Distribución de niveles por variable (%)");
        var bars = new List<Bar>();
        for (var i = 0; i < items.Count; i++)
        {
            var position = items.Count - 1 - i;
            var counts = items[i].Counts;
            var start = 0d;
            foreach (var level in LevelText.All)
            {
                var share = counts.N == 0 ? 0 : 100d * counts.Count(level) / counts.N;
                bars.Add(new Bar { Position = position, ValueBase = start, Value = start + share, FillColor = LevelColors[(int)level - 1], LineWidth = 0, Orientation = Orientation.Horizontal });
                start += share;
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, items.Count).Select(i => (double)(items.Count - 1 - i))], [.. items.Select(item => item.Label)]);
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.Left.TickLabelStyle.FontSize = 10;
        foreach (var level in LevelText.All)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = level.ToSpanish(), FillColor = LevelColors[(int)level - 1] });
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontName = PdfTheme.FontFamily;
        plot.Legend.FontSize = 10;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
    }

    /// <summary>The initiative's area means beside the national mean of each area, on the 1 to 3 scale of the levels.</summary>
    public static void AreaMeans(Plot plot, IReadOnlyList<(string Label, double? Initiative, double? National)> areas, string initiative)
    {
        Style(plot, "Media por área temática: la iniciativa frente a la media nacional");
        var bars = new List<Bar>();
        for (var i = 0; i < areas.Count; i++)
        {
            if (areas[i].Initiative is { } own)
            {
                bars.Add(new Bar { Position = (3 * i) + 0.5, Value = own, FillColor = Bar, LineWidth = 0, Label = own.ToString("0.00", Domain.Common.EsCo.Culture) });
            }

            if (areas[i].National is { } national)
            {
                bars.Add(new Bar { Position = (3 * i) + 1.5, Value = national, FillColor = NationalBar, LineWidth = 0, Label = national.ToString("0.00", Domain.Common.EsCo.Culture) });
            }
        }

        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontName = PdfTheme.FontFamily;
        series.ValueLabelStyle.FontSize = 8;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, areas.Count).Select(i => (3d * i) + 1)], [.. areas.Select(area => area.Label)]);
        plot.Axes.SetLimitsY(0, 3.6);
        plot.Axes.Left.SetTicks([1, 2, 3], ["Nivel 1", "Nivel 2", "Nivel 3"]);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = initiative, FillColor = Bar });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Media nacional", FillColor = NationalBar });
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontName = PdfTheme.FontFamily;
        plot.Legend.FontSize = 10;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
    }

    private static void Style(Plot plot, string title)
    {
        plot.Font.Set(PdfTheme.FontFamily);
        plot.Title(title, size: 13);
        plot.Grid.MajorLineColor = Color.FromHex("#e6e9ee");
    }
}
