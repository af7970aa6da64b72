using SkiaSharp;
using static Ssme.Infrastructure.Pdf.PdfTheme;

namespace Ssme.Infrastructure.Pdf;

/// <summary>A stretch of body text in bold, italic, both or neither.</summary>
public readonly record struct StyledText(string Text, bool Bold = false, bool Italic = false);

/// <summary>Paragraphs and list items that mix bold and italic inside a line, wrapped word by word with each word measured in its own font.</summary>
public sealed partial class PdfComposer
{
    private const float BulletIndent = 16f;

    public void RichParagraph(IReadOnlyList<StyledText> runs) => RichLines(runs, bullet: false);

    public void ListItem(IReadOnlyList<StyledText> runs) => RichLines(runs, bullet: true);

    /// <summary>After a list's last item: items sit close together, the list apart from what follows.</summary>
    public void EndList() => _y += 4;

    private void RichLines(IReadOnlyList<StyledText> runs, bool bullet)
    {
        var indent = bullet ? BulletIndent : 0f;
        var lines = WrapRuns(runs, ContentWidth - indent);
        var lineHeight = LineHeight(Body);
        FlushHeading(Math.Min(lines.Count, KeptLines) * lineHeight);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(lineHeight);
            var baseline = _y + (lineHeight * BaselineRatio);
            if (bullet && i == 0)
            {
                var bulletFont = _fonts.Get(Body);
                Current.Operations.Add(canvas =>
                {
                    using var paint = new SKPaint { Color = Blue, IsAntialias = true };
                    canvas.DrawText("•", Margin + 4, baseline, SKTextAlign.Left, bulletFont, paint);
                });
            }

            foreach (var (text, style, x) in lines[i])
            {
                var font = _fonts.Get(style);
                var left = Margin + indent + x;
                Current.Operations.Add(canvas =>
                {
                    using var paint = new SKPaint { Color = Ink, IsAntialias = true };
                    canvas.DrawText(text, left, baseline, SKTextAlign.Left, font, paint);
                });
            }

            _y += lineHeight;
        }

        _y += bullet ? 2 : 6;
    }

    /// <summary>
    /// Greedy wrap over words that keep their style; a word never breaks where the text had no space
    /// ("**bold**," stays one word). Each line is a list of same-style segments with their x offset.
    /// </summary>
    private List<List<(string Text, TextStyle Style, float X)>> WrapRuns(IReadOnlyList<StyledText> runs, float width)
    {
        var space = _fonts.Get(Body).MeasureText(" ");
        var lines = new List<List<(string Text, TextStyle Style, float X)>>();
        var line = new List<(string Text, TextStyle Style, float X)>();
        var x = 0f;
        foreach (var word in Words(runs))
        {
            var wordWidth = word.Sum(piece => _fonts.Get(piece.Style).MeasureText(piece.Text));
            var start = line.Count == 0 ? 0f : x + space;
            if (line.Count > 0 && start + wordWidth > width)
            {
                lines.Add(line);
                line = [];
                start = 0f;
            }

            var pieceX = start;
            for (var i = 0; i < word.Count; i++)
            {
                var (text, style) = word[i];
                if (i == 0 && line.Count > 0 && line[^1].Style == style)
                {
                    // Same style as the previous word: one text run with its space, as a reader would copy it.
                    line[^1] = (line[^1].Text + " " + text, style, line[^1].X);
                }
                else
                {
                    line.Add((text, style, pieceX));
                }

                pieceX += _fonts.Get(style).MeasureText(text);
            }

            x = pieceX;
        }

        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The words of the runs; a word is one or more styled pieces with no space between them.</summary>
    private static List<List<(string Text, TextStyle Style)>> Words(IReadOnlyList<StyledText> runs)
    {
        var words = new List<List<(string Text, TextStyle Style)>>();
        var current = new List<(string Text, TextStyle Style)>();
        foreach (var run in runs)
        {
            var style = Body with { Bold = run.Bold, Italic = run.Italic };
            var parts = run.Text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0 && current.Count > 0)
                {
                    words.Add(current);
                    current = [];
                }

                if (parts[i].Length > 0)
                {
                    current.Add((parts[i], style));
                }
            }
        }

        if (current.Count > 0)
        {
            words.Add(current);
        }

        return words;
    }
}
