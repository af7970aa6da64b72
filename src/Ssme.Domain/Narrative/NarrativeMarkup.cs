using System.Text;

namespace Ssme.Domain.Narrative;

/// <summary>A stretch of text in one style.</summary>
public readonly record struct TextRun(string Text, bool Bold = false, bool Italic = false);

/// <summary>A block of a narrative text: a paragraph or a bulleted list.</summary>
public abstract record NarrativeBlock;

public sealed record NarrativeParagraph(IReadOnlyList<TextRun> Runs) : NarrativeBlock;

public sealed record NarrativeList(IReadOnlyList<IReadOnlyList<TextRun>> Items) : NarrativeBlock;

/// <summary>
/// The markup analysts write the report's texts in, and nothing more: paragraphs separated by a
/// blank line, list items on lines starting with "- ", **bold** and *italic*. Everything else is
/// text — angle brackets included — so a page or a PDF only ever prints runs of plain text.
/// A marker without its closing pair is printed as typed.
/// </summary>
public static class NarrativeMarkup
{
    public static IReadOnlyList<NarrativeBlock> Parse(string? text)
    {
        var blocks = new List<NarrativeBlock>();
        var paragraph = new List<string>();
        var items = new List<IReadOnlyList<TextRun>>();

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new NarrativeParagraph(Inline(string.Join(' ', paragraph))));
                paragraph.Clear();
            }
        }

        void FlushList()
        {
            if (items.Count > 0)
            {
                blocks.Add(new NarrativeList([.. items]));
                items.Clear();
            }
        }

        foreach (var raw in (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                FlushParagraph();
                FlushList();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) || line == "-")
            {
                FlushParagraph();
                items.Add(Inline(line[1..].Trim()));
            }
            else
            {
                FlushList();
                paragraph.Add(line);
            }
        }

        FlushParagraph();
        FlushList();
        return blocks;
    }

    /// <summary>The runs of one paragraph or item: "**" switches bold, a single "*" italic, each only when its pair follows.</summary>
    public static IReadOnlyList<TextRun> Inline(string text)
    {
        var runs = new List<TextRun>();
        var current = new StringBuilder();
        var bold = false;
        var italic = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                runs.Add(new TextRun(current.ToString(), bold, italic));
                current.Clear();
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            if (IsBoldMarker(text, i) && (bold || FindBoldClose(text, i + 2) >= 0))
            {
                Flush();
                bold = !bold;
                i += 2;
                continue;
            }

            if (text[i] == '*' && !IsBoldMarker(text, i) && (italic || FindItalicClose(text, i + 1) >= 0))
            {
                Flush();
                italic = !italic;
                i++;
                continue;
            }

            current.Append(text[i]);
            i++;
        }

        Flush();
        return runs;
    }

    /// <summary>The text without markup, as a search or a summary would read it.</summary>
    public static string PlainText(IReadOnlyList<TextRun> runs) => string.Concat(runs.Select(run => run.Text));

    private static bool IsBoldMarker(string text, int at) =>
        at + 1 < text.Length && text[at] == '*' && text[at + 1] == '*';

    // An opening marker needs text before its closing one: "**" + "**" alone is not bold.
    private static int FindBoldClose(string text, int from)
    {
        var close = text.IndexOf("**", from, StringComparison.Ordinal);
        return close > from ? close : -1;
    }

    private static int FindItalicClose(string text, int from)
    {
        if (from >= text.Length || char.IsWhiteSpace(text[from]))
        {
            return -1;
        }

        for (var i = from + 1; i < text.Length; i++)
        {
            if (text[i] == '*' && !IsBoldMarker(text, i) && (i == 0 || text[i - 1] != '*'))
            {
                return i;
            }
        }

        return -1;
    }
}
