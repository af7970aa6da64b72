namespace Ssme.Infrastructure.Pdf;

/// <summary>Breaks text into lines that fit a width, measured with the document's fonts.</summary>
internal sealed class TextLayout(FontSet fonts)
{
    /// <summary>Greedy word wrap by measured width; a word longer than the line is cut by characters.</summary>
    public List<string> Wrap(string text, TextStyle style, float width)
    {
        var font = fonts.Get(style);
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

    /// <summary>"80 %", "→ Nivel 2" and "$ 1.250.000" must not break at their space.</summary>
    private static IEnumerable<string> KeepUnitsAttached(string[] words)
    {
        var pending = string.Empty;
        foreach (var word in words)
        {
            if (pending.Length > 0 && (word is "%" or "→" || pending.EndsWith('$')))
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
}
