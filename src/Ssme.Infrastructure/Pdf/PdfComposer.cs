using SkiaSharp;

namespace Ssme.Infrastructure.Pdf;

public sealed record PdfDocumentInfo(string Title, string Author, string HeaderText);

public sealed record TextStyle(float Size = 10, bool Bold = false, bool Italic = false);

public enum ColumnAlign
{
    Left,
    Right,
    Center,
}

public sealed record PdfColumn(string Header, float RelativeWidth, ColumnAlign Align = ColumnAlign.Left);

/// <summary>A table's columns and rows; group rows span the table in bold (an area over its variables).</summary>
public sealed class PdfTable(IReadOnlyList<PdfColumn> columns)
{
    internal IReadOnlyList<PdfColumn> Columns { get; } = columns;

    internal List<(string[] Cells, bool Group)> Rows { get; } = [];

    public void AddRow(params string[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"The table has {Columns.Count} columns; the row has {cells.Length} cells.", nameof(cells));
        }

        Rows.Add((cells, false));
    }

    public void AddGroupRow(string text) => Rows.Add(([text], true));
}

/// <summary>
/// Lays out an A4 document as flowing blocks (headings, wrapped paragraphs, tables that break across
/// pages with their header repeated, ScottPlot charts drawn as vectors), then renders it with
/// SkiaSharp's PDF backend. Layout runs first so every footer can say "Página N de M". Text stays
/// real PDF text. One composer builds one document; it is not thread-safe. Dispose it after rendering.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const float PageWidth = 595f;
    private const float PageHeight = 842f;
    private const float Margin = 50f;
    private const float Top = 72f;
    private const float Bottom = PageHeight - 60f;
    private const float ContentWidth = PageWidth - (2 * Margin);
    private const float CellPadding = 4f;

    private static readonly SKColor Ink = new(0x1b, 0x25, 0x33);
    private static readonly SKColor Blue = new(0x1f, 0x4e, 0x79);
    private static readonly SKColor Grey = new(0x5f, 0x6b, 0x7a);
    private static readonly SKColor Line = new(0xc9, 0xd1, 0xdb);
    private static readonly SKColor Shade = new(0xee, 0xf2, 0xf6);

    private readonly PdfDocumentInfo _info;
    private readonly FontSet _fonts = new();
    private readonly List<Page> _pages = [];
    private float _y = Top;

    public PdfComposer(PdfDocumentInfo info)
    {
        _info = info;
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
        WriteLines(Wrap(title, new TextStyle(24, Bold: true), ContentWidth), new TextStyle(24, Bold: true), SKColors.White, Margin);
        _y = 300;
        WriteLines(Wrap(subtitle, new TextStyle(18, Bold: true), ContentWidth), new TextStyle(18, Bold: true), Blue, Margin);
        _y += 20;
        foreach (var line in lines)
        {
            WriteLines(Wrap(line, new TextStyle(12), ContentWidth), new TextStyle(12), Ink, Margin);
            _y += 4;
        }

        NewPage(cover: false);
    }

    /// <summary>Level 1 opens a page; level 2 is a section title kept with what follows it.</summary>
    public void Heading(string text, int level = 1)
    {
        var style = level == 1 ? new TextStyle(17, Bold: true) : new TextStyle(12.5f, Bold: true);
        var lines = Wrap(text, style, ContentWidth);
        if (level == 1 && !PageIsEmpty)
        {
            NewPage(cover: false);
        }
        else
        {
            _y += level == 1 ? 0 : 8;
            EnsureSpace((lines.Count * LineHeight(style)) + 60);
        }

        WriteLines(lines, style, Blue, Margin);
        _y += level == 1 ? 10 : 4;
    }

    public void Paragraph(string text, TextStyle? style = null)
    {
        style ??= new TextStyle();
        foreach (var line in Wrap(text, style, ContentWidth))
        {
            EnsureSpace(LineHeight(style));
            WriteLines([line], style, Ink, Margin);
        }

        _y += 6;
    }

    public void Note(string text)
    {
        var style = new TextStyle(9, Italic: true);
        foreach (var line in Wrap(text, style, ContentWidth))
        {
            EnsureSpace(LineHeight(style));
            WriteLines([line], style, Grey, Margin);
        }

        _y += 6;
    }

    public void Spacer(float points) => _y += points;

    public void PageBreak() => NewPage(cover: false);

    public void Table(PdfTable table)
    {
        var total = table.Columns.Sum(column => column.RelativeWidth);
        var widths = table.Columns.Select(column => ContentWidth * column.RelativeWidth / total).ToArray();
        var headerStyle = new TextStyle(8.5f, Bold: true);
        var bodyStyle = new TextStyle(8.5f);
        var header = table.Columns.Select((column, i) => Wrap(column.Header, headerStyle, widths[i] - (2 * CellPadding))).ToArray();
        var headerHeight = RowHeight(header, headerStyle);

        void DrawHeader()
        {
            DrawRow(header, widths, table.Columns, headerStyle, headerHeight, Shade);
        }

        EnsureSpace(headerHeight + 30);
        DrawHeader();
        foreach (var (cells, group) in table.Rows)
        {
            var style = group ? headerStyle : bodyStyle;
            var wrapped = group
                ? [Wrap(cells[0], style, ContentWidth - (2 * CellPadding))]
                : cells.Select((cell, i) => Wrap(cell, style, widths[i] - (2 * CellPadding))).ToArray();
            var height = RowHeight(wrapped, style);
            if (_y + height > Bottom)
            {
                NewPage(cover: false);
                DrawHeader();
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

    /// <summary>A ScottPlot chart across the content width, drawn as vectors; it moves to a new page rather than being cut.</summary>
    public void Chart(Action<ScottPlot.Plot> configure, float heightPoints = 260)
    {
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
        using var stream = new SKManagedWStream(output);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = _info.Title,
            Author = _info.Author,
            Creator = "SSME · Red Cluster Colombia",
            Producer = "SSME",
        };
        using var document = SKDocument.CreatePdf(stream, metadata);
        var pages = _pages.Where(page => page.Operations.Count > 0 || page.Cover).ToList();
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

    private void DrawHeaderAndFooter(SKCanvas canvas, int number, int count)
    {
        var style = new TextStyle(8);
        var font = _fonts.Get(style);
        using var paint = new SKPaint { Color = Grey, IsAntialias = true };
        using var rule = new SKPaint { Color = Line, StrokeWidth = 0.6f, IsAntialias = true };
        canvas.DrawText(_info.HeaderText, Margin, 40, SKTextAlign.Left, font, paint);
        canvas.DrawLine(Margin, 46, PageWidth - Margin, 46, rule);
        canvas.DrawLine(Margin, PageHeight - 44, PageWidth - Margin, PageHeight - 44, rule);
        canvas.DrawText(_info.Title, Margin, PageHeight - 32, SKTextAlign.Left, font, paint);
        canvas.DrawText($"Página {number} de {count}", PageWidth - Margin, PageHeight - 32, SKTextAlign.Right, font, paint);
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
                var baseline = top + CellPadding + (lineHeight * 0.78f);
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
            var baseline = _y + (lineHeight * 0.78f);
            Current.Operations.Add(canvas =>
            {
                using var paint = new SKPaint { Color = color, IsAntialias = true };
                canvas.DrawText(line, x, baseline, SKTextAlign.Left, font, paint);
            });
            _y += lineHeight;
        }
    }

    /// <summary>Greedy word wrap by measured width; a word longer than the line is cut by characters.</summary>
    private List<string> Wrap(string text, TextStyle style, float width)
    {
        var font = _fonts.Get(style);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in KeepUnitsAttached(paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (font.MeasureText(line) > width && line.Length > 1)
                {
                    var fits = line.Length - 1;
                    while (fits > 1 && font.MeasureText(line[..fits]) > width)
                    {
                        fits--;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>"80 %" and "→ Nivel 2" must not break at their space.</summary>
    private static IEnumerable<string> KeepUnitsAttached(string[] words)
    {
        var pending = string.Empty;
        foreach (var word in words)
        {
            if (pending.Length > 0 && word is "%" or "→")
            {
                pending += " " + word;
                continue;
            }

            if (pending.Length > 0)
            {
                yield return pending;
            }

            pending = word;
        }

        if (pending.Length > 0)
        {
            yield return pending;
        }
    }

    private static float LineHeight(TextStyle style) => style.Size * 1.35f;

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

    private sealed class Page
    {
        public bool Cover { get; set; }

        public List<Action<SKCanvas>> Operations { get; } = [];
    }

    /// <summary>DejaVu Sans (with accents and ñ) in the styles the document uses, created once per document.</summary>
    private sealed class FontSet : IDisposable
    {
        private readonly Dictionary<TextStyle, SKFont> _fonts = [];
        private readonly Dictionary<(bool, bool), SKTypeface> _typefaces = [];

        public SKFont Get(TextStyle style)
        {
            if (!_fonts.TryGetValue(style, out var font))
            {
                var key = (style.Bold, style.Italic);
                if (!_typefaces.TryGetValue(key, out var typeface))
                {
                    var skStyle = new SKFontStyle(style.Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, style.Italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
                    typeface = SKFontManager.Default.MatchFamily("DejaVu Sans", skStyle);
                    if (typeface is null)
                    {
                        return _fonts[style] = new SKFont(SKTypeface.Default, style.Size) { Subpixel = true };
                    }

                    _typefaces[key] = typeface;
                }

                font = new SKFont(typeface, style.Size) { Subpixel = true };
                _fonts[style] = font;
            }

            return font;
        }

        public void Dispose()
        {
            foreach (var font in _fonts.Values)
            {
                font.Dispose();
            }

            foreach (var typeface in _typefaces.Values)
            {
                typeface.Dispose();
            }

            _fonts.Clear();
            _typefaces.Clear();
        }
    }
}
