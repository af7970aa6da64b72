using Ssme.Domain.Methodology;
using Ssme.Domain.Narrative;
using Ssme.Infrastructure.Pdf;

namespace Ssme.Infrastructure.Reports;

/// <summary>
/// The analysts' texts of the wave report, in the III Ola report's order: the table of contents,
/// presentation and background and methodology before the results; conclusions, recommendations
/// and the profile of each level after them. An empty text is left out, and so is a chapter whose
/// texts are all empty.
/// </summary>
internal static class ReportNarrative
{
    public static void Opening(PdfComposer pdf, NarrativeTexts texts)
    {
        pdf.TableOfContents("Contenido");
        Chapter(pdf, "Presentación", texts, (NarrativeSection.Presentation, null));
        Chapter(pdf, "Antecedentes y metodología", texts, (NarrativeSection.Background, "Antecedentes"), (NarrativeSection.Methodology, "Metodología"));
    }

    public static void Closing(PdfComposer pdf, NarrativeTexts texts) =>
        Chapter(
            pdf,
            "Conclusiones y recomendaciones",
            texts,
            (NarrativeSection.Conclusions, "Conclusiones"),
            (NarrativeSection.Recommendations, "Recomendaciones"),
            (NarrativeSection.Level3Profile, Level.Consolidated.ToSpanish()),
            (NarrativeSection.Level2Profile, Level.Consolidating.ToSpanish()),
            (NarrativeSection.Level1Profile, Level.Basic.ToSpanish()));

    private static void Chapter(PdfComposer pdf, string title, NarrativeTexts texts, params (NarrativeSection Section, string? Heading)[] parts)
    {
        var written = parts.Where(part => texts[part.Section].Length > 0).ToList();
        if (written.Count == 0)
        {
            return;
        }

        pdf.Heading(title);
        foreach (var (section, heading) in written)
        {
            if (heading is not null)
            {
                pdf.Heading(heading, 2);
            }

            Write(pdf, NarrativeMarkup.Parse(texts[section]));
        }
    }

    private static void Write(PdfComposer pdf, IReadOnlyList<NarrativeBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case NarrativeParagraph paragraph:
                    pdf.RichParagraph(Styled(paragraph.Runs));
                    break;
                case NarrativeList list:
                    foreach (var item in list.Items)
                    {
                        pdf.ListItem(Styled(item));
                    }

                    pdf.EndList();
                    break;
            }
        }
    }

    private static List<StyledText> Styled(IReadOnlyList<TextRun> runs) =>
        [.. runs.Select(run => new StyledText(run.Text, run.Bold, run.Italic))];
}
