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
        var bars = items.Select((item, i) => new Bar { Position = i, Value = item.Value, FillColor = Bar, LineWidth = 0, Label = Number(item.Value) }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontName = PdfTheme.FontFamily;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, items.Count).Select(i => (double)i)], [.. items.Select(item => item.Label)]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = items.Count > 4 ? 9 : 11;

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Number, IntegerTicksOnly = items.All(item => item.Value == Math.Floor(item.Value)) };

        // Room above the tallest bar so its value label stays inside the frame.
        plot.Axes.SetLimitsY(0, Math.Max(1, items.Select(item => item.Value).DefaultIfEmpty(0).Max()) * 1.2);
        plot.Axes.SetLimitsX(-0.6, items.Count - 0.4);
    }

    /// <summary>
    /// Shares (%) as horizontal bars with the label on the left: long Spanish labels (impacts, barriers)
    /// never overlap each other as they would under vertical bars.
    /// </summary>
    public static void ShareBars(Plot plot, IReadOnlyList<Share> shares, string title)
    {
        Style(plot, title);
        var bars = shares.Select((share, i) => new Bar
        {
            Position = shares.Count - 1 - i,
            Value = share.Percent ?? 0,
            FillColor = Bar,
            LineWidth = 0,
            Label = share.Text,
            Orientation = Orientation.Horizontal,
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontName = PdfTheme.FontFamily;
        series.ValueLabelStyle.FontSize = 9;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, shares.Count).Select(i => (double)(shares.Count - 1 - i))], [.. shares.Select(share => Shorten(share.Label))]);
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
        plot.Axes.SetLimitsX(0, 115);
        plot.Axes.SetLimitsY(-0.6, shares.Count - 0.4);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 20, 40, 60, 80, 100], ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);
    }

    /// <summary>Counts as horizontal bars with the label on the left (initiatives per department).</summary>
    public static void HorizontalCounts(Plot plot, IReadOnlyList<(string Label, double Value)> items, string title)
    {
        Style(plot, title);
        var bars = items.Select((item, i) => new Bar { Position = items.Count - 1 - i, Value = item.Value, FillColor = Bar, LineWidth = 0, Label = Number(item.Value), Orientation = Orientation.Horizontal }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontName = PdfTheme.FontFamily;
        series.ValueLabelStyle.FontSize = 9;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, items.Count).Select(i => (double)(items.Count - 1 - i))], [.. items.Select(item => Shorten(item.Label))]);
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Number, IntegerTicksOnly = true };
        plot.Axes.SetLimitsX(0, Math.Max(1, items.Select(item => item.Value).DefaultIfEmpty(0).Max()) * 1.15);
        plot.Axes.SetLimitsY(-0.6, items.Count - 0.4);
    }

    /// <summary>
    /// The most bars one horizontal chart holds: at 26 points a row, 20 rows (580 points) fit a page
    /// with its section title, and two-line labels keep their room. Longer lists continue in another chart.
    /// </summary>
    public const int MaxRows = 20;

    /// <summary>The height a horizontal bar chart needs for its rows.</summary>
    public static float ShareBarsHeight(int rows) => 60 + (26 * rows);

    /// <summary>
    /// A long list cut into charts of at most <see cref="MaxRows"/> bars, as even as possible (33
    /// departments: 17 and 16), each with its title numbered "(1 de 2)".
    /// </summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<T> Items)> Parts<T>(IReadOnlyList<T> items, string title)
    {
        var parts = Math.Max(1, (items.Count + MaxRows - 1) / MaxRows);
        if (parts == 1)
        {
            return [(title, items)];
        }

        var size = (items.Count + parts - 1) / parts;
        return [.. items.Chunk(size).Select((chunk, i) => ($"{title} ({i + 1} de {parts})", (IReadOnlyList<T>)chunk))];
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
        plot.Title(title, size: 12);

        // Centred on the whole figure: long left labels would otherwise push the title past the frame.
        plot.Axes.Title.FullFigureCenter = true;
        plot.Grid.MajorLineColor = Color.FromHex("#e6e9ee");

        // Axis numbers read like the page's: 5.000, 0,5.
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Number };
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Number };
    }

    private static string Number(double value) => value.ToString("#,0.##", Domain.Common.EsCo.Culture);

    /// <summary>
    /// Long axis labels wrap on two lines of about 38 characters; beyond that they end in "…" (the table
    /// beside the chart keeps the full text).
    /// </summary>
    private static string Shorten(string label)
    {
        const int Width = 38;
        var lines = new List<string> { string.Empty };
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > Width)
            {
                if (lines.Count == 2)
                {
                    return string.Join('\n', lines) + "…";
                }

                lines.Add(string.Empty);
            }

            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        return string.Join('\n', lines);
    }
}
