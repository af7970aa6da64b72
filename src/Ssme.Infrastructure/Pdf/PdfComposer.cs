using SkiaSharp;
using static Ssme.Infrastructure.Pdf.PdfTheme;

namespace Ssme.Infrastructure.Pdf;

/// <summary>
/// Lays out an A4 document as flowing blocks (headings, wrapped paragraphs, tables that break across
/// pages with their header repeated, ScottPlot charts drawn as vectors), then renders it with
/// SkiaSharp's PDF backend. Layout runs first so every footer can say "Página N de M". Text stays
/// real PDF text. One composer builds one document; it is not thread-safe. Dispose it after rendering.
/// </summary>
public sealed partial class PdfComposer : IDisposable
{
    private readonly PdfDocumentInfo _info;
    private readonly FontSet _fonts = new();
    private readonly TextLayout _text;
    private readonly List<Page> _pages = [];
    /// <summary>How many lines (or table rows) of a block a section title needs below it on its page.</summary>
    private const int KeptLines = 3;

    // A table continued on a new page carries at least this many rows under its repeated header.
    private const int KeptRows = 3;

    private float _y = Top;

    private PendingHeading? _pendingHeading;

    public PdfComposer(PdfDocumentInfo info)
    {
        _info = info;
        _text = new TextLayout(_fonts);
        NewPage(cover: false);
    }

    private Page Current => _pages[^1];

    private bool PageIsEmpty => Current.Operations.Count == 0;

    /// <summary>A full page without header: the title block over a coloured band.</summary>
    public void CoverPage(string title, string subtitle, IReadOnlyList<string> lines)
    {
        if (!PageIsEmpty)
        {
            NewPage(cover: true);
        }
        else
        {
            Current.Cover = true;
        }

        Current.Operations.Add(canvas =>
        {
            using var band = new SKPaint { Color = Blue, IsAntialias = true };
            canvas.DrawRect(0, 0, PageWidth, 250, band);
        });
        _y = 120;
        WriteLines(_text.Wrap(title, CoverTitle, ContentWidth), CoverTitle, SKColors.White, Margin);
        _y = 300;
        WriteLines(_text.Wrap(subtitle, CoverSubtitle, ContentWidth), CoverSubtitle, Blue, Margin);
        _y += 20;
        foreach (var line in lines)
        {
            WriteLines(_text.Wrap(line, CoverLine, ContentWidth), CoverLine, Ink, Margin);
            _y += 4;
        }

        NewPage(cover: false);
    }

    /// <summary>
    /// Level 1 opens a page. Level 2 is a section title kept with what follows it: it waits, and is
    /// drawn by the next block where that block starts, so a title never ends a page alone, whether
    /// a paragraph, a table or a chart follows.
    /// </summary>
    public void Heading(string text, int level = 1)
    {
        FlushHeading(following: 0);
        if (level == 1)
        {
            if (!PageIsEmpty)
            {
                NewPage(cover: false);
            }

            RecordContentsEntry(text, level);
            WriteLines(_text.Wrap(text, Heading1, ContentWidth), Heading1, Blue, Margin);
            _y += 10;
            return;
        }

        _pendingHeading = new PendingHeading(text, _text.Wrap(text, Heading2, ContentWidth));
    }

    public void Paragraph(string text, TextStyle? style = null) => FlowingText(text, style ?? Body, Ink);

    public void Note(string text) => FlowingText(text, PdfTheme.Note, Grey);

    public void Table(PdfTable table)
    {
        var total = table.Columns.Sum(column => column.RelativeWidth);
        var widths = table.Columns.Select(column => ContentWidth * column.RelativeWidth / total).ToArray();
        var header = table.Columns.Select((column, i) => _text.Wrap(column.Header, TableHeader, widths[i] - (2 * CellPadding))).ToArray();
        var headerHeight = RowHeight(header, TableHeader);

        void DrawHeader()
        {
            DrawRow(header, widths, table.Columns, TableHeader, headerHeight, Shade);
        }

        var rows = table.Rows.Select(row =>
        {
            var style = row.Group ? TableHeader : TableBody;
            var wrapped = row.Group
                ? [_text.Wrap(row.Cells[0], style, ContentWidth - (2 * CellPadding))]
                : row.Cells.Select((cell, i) => _text.Wrap(cell, style, widths[i] - (2 * CellPadding))).ToArray();
            return (Wrapped: wrapped, row.Group, Style: style, Height: RowHeight(wrapped, style));
        }).ToList();

        FlushHeading(headerHeight + (KeptLines * LineHeight(TableBody)));
        EnsureSpace(headerHeight + 30);
        DrawHeader();
        var heights = rows.ConvertAll(row => row.Height);
        var breakBefore = PageBreakBefore(heights, 0);
        for (var index = 0; index < rows.Count; index++)
        {
            var (wrapped, group, style, height) = rows[index];
            if (index == breakBefore || _y + height > Bottom)
            {
                NewPage(cover: false);
                DrawHeader();
                breakBefore = PageBreakBefore(heights, index);
            }

            if (group)
            {
                DrawRow(wrapped, [ContentWidth], [new PdfColumn(string.Empty, 1)], style, height, Shade);
            }
            else
            {
                DrawRow(wrapped, widths, table.Columns, style, height, null);
            }
        }

        _y += 10;
    }

    /// <summary>
    /// Where this page's part of a table should end: where the rows stop fitting, moved up when that
    /// would leave fewer than <see cref="KeptRows"/> rows alone under the header on the next page
    /// (as long as this page keeps at least two); null when the rest of the table fits.
    /// </summary>
    private int? PageBreakBefore(List<float> heights, int first)
    {
        var y = _y;
        var fitting = first;
        while (fitting < heights.Count && y + heights[fitting] <= Bottom)
        {
            y += heights[fitting];
            fitting++;
        }

        if (fitting == heights.Count)
        {
            return null;
        }

        var carried = heights.Count - fitting;
        return carried < KeptRows && fitting - (KeptRows - carried) >= first + 2 ? fitting - (KeptRows - carried) : fitting;
    }

    /// <summary>
    /// A ScottPlot chart across the content width, drawn as vectors; it moves to a new page rather than
    /// being cut, and is never taller than a page's content (a taller request is drawn squeezed, not off the page).
    /// </summary>
    public void Chart(Action<ScottPlot.Plot> configure, float heightPoints = 260)
    {
        heightPoints = Math.Min(heightPoints, Bottom - Top - 10);
        FlushHeading(heightPoints + 10);
        EnsureSpace(heightPoints + 10);
        var top = _y;
        Current.Operations.Add(canvas =>
        {
            using var plot = new ScottPlot.Plot();
            configure(plot);
            canvas.Save();
            canvas.Translate(Margin, top);
            plot.Render(canvas, (int)ContentWidth, (int)heightPoints);
            canvas.Restore();
        });
        _y += heightPoints + 10;
    }

    public void Render(Stream output, CancellationToken cancellationToken = default)
    {
        FlushHeading(following: 0);
        using var stream = new SKManagedWStream(output);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = _info.Title,
            Author = _info.Author,
            Creator = "SSME · Red Cluster Colombia",
            Producer = "SSME",
        };
        using var document = SKDocument.CreatePdf(stream, metadata);
        var pages = PrintedPages();
        for (var number = 1; number <= pages.Count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = document.BeginPage(PageWidth, PageHeight);
            foreach (var operation in pages[number - 1].Operations)
            {
                operation(canvas);
            }

            if (!pages[number - 1].Cover)
            {
                DrawHeaderAndFooter(canvas, number, pages.Count);
            }

            document.EndPage();
        }

        document.Close();
    }

    public void Dispose() => _fonts.Dispose();

    /// <summary>The pages that print, in order: the position of a page here is its number.</summary>
    private List<Page> PrintedPages() => _pages.Where(page => page.Operations.Count > 0 || page.Cover).ToList();

    private void DrawHeaderAndFooter(SKCanvas canvas, int number, int count)
    {
        var font = _fonts.Get(HeaderFooter);
        using var paint = new SKPaint { Color = Grey, IsAntialias = true };
        using var rule = new SKPaint { Color = Line, StrokeWidth = 0.6f, IsAntialias = true };
        canvas.DrawText(_info.HeaderText, Margin, 40, SKTextAlign.Left, font, paint);
        canvas.DrawLine(Margin, 46, PageWidth - Margin, 46, rule);
        canvas.DrawLine(Margin, PageHeight - 44, PageWidth - Margin, PageHeight - 44, rule);
        canvas.DrawText(_info.Title, Margin, PageHeight - 32, SKTextAlign.Left, font, paint);
        canvas.DrawText($"Página {number} de {count}", PageWidth - Margin, PageHeight - 32, SKTextAlign.Right, font, paint);
    }

    /// <summary>Text that may continue on the next page line by line, then a small gap.</summary>
    private void FlowingText(string text, TextStyle style, SKColor color)
    {
        var lines = _text.Wrap(text, style, ContentWidth);
        FlushHeading(Math.Min(lines.Count, KeptLines) * LineHeight(style));
        foreach (var line in lines)
        {
            EnsureSpace(LineHeight(style));
            WriteLines([line], style, color, Margin);
        }

        _y += 6;
    }

    private void DrawRow(List<string>[] cells, float[] widths, IReadOnlyList<PdfColumn> columns, TextStyle style, float height, SKColor? background)
    {
        var top = _y;
        var font = _fonts.Get(style);
        var lineHeight = LineHeight(style);
        Current.Operations.Add(canvas =>
        {
            using var fill = new SKPaint { Color = background ?? SKColors.White, IsAntialias = true };
            using var border = new SKPaint { Color = Line, StrokeWidth = 0.5f, IsAntialias = true };
            using var text = new SKPaint { Color = Ink, IsAntialias = true };
            if (background is not null)
            {
                canvas.DrawRect(Margin, top, ContentWidth, height, fill);
            }

            canvas.DrawLine(Margin, top + height, Margin + ContentWidth, top + height, border);
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var baseline = top + CellPadding + (lineHeight * BaselineRatio);
                foreach (var line in cells[i])
                {
                    var (anchor, align) = columns[i].Align switch
                    {
                        ColumnAlign.Right => (x + widths[i] - CellPadding, SKTextAlign.Right),
                        ColumnAlign.Center => (x + (widths[i] / 2), SKTextAlign.Center),
                        _ => (x + CellPadding, SKTextAlign.Left),
                    };
                    canvas.DrawText(line, anchor, baseline, align, font, text);
                    baseline += lineHeight;
                }

                x += widths[i];
            }
        });
        _y += height;
    }

    private static float RowHeight(List<string>[] cells, TextStyle style) =>
        (Math.Max(1, cells.Max(lines => lines.Count)) * LineHeight(style)) + (2 * CellPadding);

    private void WriteLines(IReadOnlyList<string> lines, TextStyle style, SKColor color, float x)
    {
        var font = _fonts.Get(style);
        var lineHeight = LineHeight(style);
        foreach (var line in lines)
        {
            var baseline = _y + (lineHeight * BaselineRatio);
            Current.Operations.Add(canvas =>
            {
                using var paint = new SKPaint { Color = color, IsAntialias = true };
                canvas.DrawText(line, x, baseline, SKTextAlign.Left, font, paint);
            });
            _y += lineHeight;
        }
    }

    /// <summary>Draws the waiting section title, moving to a new page first when it and the first <paramref name="following"/> points of its block do not fit.</summary>
    private void FlushHeading(float following)
    {
        if (_pendingHeading is not { } heading)
        {
            return;
        }

        _pendingHeading = null;
        _y += 8;
        EnsureSpace((heading.Lines.Count * LineHeight(Heading2)) + 4 + following);
        RecordContentsEntry(heading.Text, 2);
        WriteLines(heading.Lines, Heading2, Blue, Margin);
        _y += 4;
    }

    private void EnsureSpace(float height)
    {
        if (_y + height > Bottom && !PageIsEmpty)
        {
            NewPage(cover: false);
        }
    }

    private void NewPage(bool cover)
    {
        _pages.Add(new Page { Cover = cover });
        _y = Top;
    }

    private sealed record PendingHeading(string Text, IReadOnlyList<string> Lines);

    private sealed class Page
    {
        public bool Cover { get; set; }

        public List<Action<SKCanvas>> Operations { get; } = [];
    }
}
