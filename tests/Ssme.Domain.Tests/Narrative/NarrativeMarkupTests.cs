using Ssme.Domain.Methodology;
using Ssme.Domain.Narrative;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Narrative;

public sealed class NarrativeMarkupTests
{
    [Fact]
    public void Paragraphs_lists_bold_and_italic_are_read_and_anything_else_stays_text()
    {
        var blocks = NarrativeMarkup.Parse("Primera línea\nsigue el **mismo** párrafo.\n\n- uno con *cursiva*\n- dos <b>no es HTML</b>\n\nFinal con * suelto y **sin cierre");

        Assert.Equal(3, blocks.Count);
        var first = Assert.IsType<NarrativeParagraph>(blocks[0]);
        Assert.Equal([new TextRun("Primera línea sigue el "), new TextRun("mismo", Bold: true), new TextRun(" párrafo.")], first.Runs);
        var list = Assert.IsType<NarrativeList>(blocks[1]);
        Assert.Equal([new TextRun("uno con "), new TextRun("cursiva", Italic: true)], list.Items[0]);
        Assert.Equal([new TextRun("dos <b>no es HTML</b>")], list.Items[1]);
        var last = Assert.IsType<NarrativeParagraph>(blocks[2]);
        Assert.Equal("Final con * suelto y **sin cierre", NarrativeMarkup.PlainText(last.Runs));
    }

    [Fact]
    public void Italic_inside_bold_keeps_both_styles()
    {
        var runs = NarrativeMarkup.Inline("**modelo *cluster* activo**");

        Assert.Equal([new TextRun("modelo ", Bold: true), new TextRun("cluster", Bold: true, Italic: true), new TextRun(" activo", Bold: true)], runs);
    }

    [Fact]
    public void A_text_over_the_limit_is_named_and_refused()
    {
        var texts = NarrativeTexts.Empty.With(NarrativeSection.Conclusions, new string('a', NarrativeTexts.MaxLength + 1));

        var problem = Assert.Single(texts.Problems());

        Assert.Equal(NarrativeSection.Conclusions, problem.Section);
        Assert.Contains("«Conclusiones» tiene 20.001 caracteres; el máximo es 20.000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_wave_starts_from_the_previous_texts_with_a_methodology_text_generated_from_its_own_methodology()
    {
        var methodology = MethodologyCatalog.LoadEmbedded().Get(Wave.DefaultMethodologyVersion);
        var wave = Wave.Create(WaveCode.Parse("IV"), "IV Ola", 2024, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 31));
        var previous = NarrativeTexts.Empty
            .With(NarrativeSection.Conclusions, "Conclusiones de la III Ola.")
            .With(NarrativeSection.Methodology, "Texto viejo.");

        var texts = NarrativeDefaults.StartingTexts(wave, methodology, previous);

        Assert.Equal("Conclusiones de la III Ola.", texts[NarrativeSection.Conclusions]);
        Assert.DoesNotContain("Texto viejo", texts[NarrativeSection.Methodology], StringComparison.Ordinal);
        Assert.Contains("- **4 Gobernanza:** Asamblea general, Consejo asesor, Gerente cluster, Equipo gestor, Mesas de trabajo.", texts[NarrativeSection.Methodology], StringComparison.Ordinal);
        Assert.Contains("evalúa 8 áreas temáticas a través de 18 variables", texts[NarrativeSection.Methodology], StringComparison.Ordinal);
        Assert.Contains("el año 2024", texts[NarrativeSection.Methodology], StringComparison.Ordinal);
        Assert.Contains("Red Cluster Colombia", NarrativeDefaults.StartingTexts(wave, methodology, previous: null)[NarrativeSection.Presentation], StringComparison.Ordinal);
    }
}
