using SkiaSharp;
using static Ssme.Infrastructure.Pdf.PdfTheme;

namespace Ssme.Infrastructure.Pdf;

/// <summary>The table of contents: a page reserved where it is asked for, filled at render time, once every heading knows its page.</summary>
public sealed partial class PdfComposer
{
    private readonly List<ContentsEntry> _contents = [];

    /// <summary>A page listing every level-1 heading written after it, with its page number and a dotted leader.</summary>
    public void TableOfContents(string title)
    {
        if (!PageIsEmpty)
        {
            NewPage(cover: false);
        }

        WriteLines(_text.Wrap(title, Heading1, ContentWidth), Heading1, Blue, Margin);
        _y += 14;
        var top = _y;
        var first = _contents.Count;
        Current.Operations.Add(canvas =>
        {
            var printed = PrintedPages();
            var font = _fonts.Get(Body);
            var lineHeight = LineHeight(Body) + 6;
            using var paint = new SKPaint { Color = Ink, IsAntialias = true };
            using var leader = new SKPaint { Color = Line, IsAntialias = true };
            var baseline = top + (LineHeight(Body) * BaselineRatio);
            foreach (var entry in _contents.Skip(first).Where(entry => entry.Level == 1))
            {
                var number = (printed.IndexOf(entry.Page) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var numberWidth = font.MeasureText(number);
                var title = _text.Wrap(entry.Text, Body, ContentWidth - numberWidth - 40)[0];
                var titleWidth = font.MeasureText(title);
                canvas.DrawText(title, Margin, baseline, SKTextAlign.Left, font, paint);
                var dots = Leader(font, ContentWidth - titleWidth - numberWidth - 16);
                canvas.DrawText(dots, Margin + titleWidth + 8, baseline, SKTextAlign.Left, font, leader);
                canvas.DrawText(number, PageWidth - Margin, baseline, SKTextAlign.Right, font, paint);
                baseline += lineHeight;
            }
        });
        NewPage(cover: false);
    }

    private void RecordContentsEntry(string text, int level) => _contents.Add(new ContentsEntry(text, level, Current));

    private static string Leader(SKFont font, float width)
    {
        var dot = font.MeasureText(" .");
        return dot <= 0 || width <= 0 ? string.Empty : string.Concat(Enumerable.Repeat(" .", (int)(width / dot)));
    }

    private sealed record ContentsEntry(string Text, int Level, Page Page);
}
