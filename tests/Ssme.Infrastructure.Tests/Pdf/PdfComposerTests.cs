using Ssme.Infrastructure.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ssme.Infrastructure.Tests.Pdf;

public sealed class PdfComposerTests
{
    [Fact]
    public void A_long_table_breaks_across_pages_repeating_its_header_and_keeps_every_row_once()
    {
        using var pdf = new PdfComposer(new PdfDocumentInfo("Prueba", "SSME", "Encabezado de prueba"));
        pdf.CoverPage("Título", "Subtítulo", ["Bogotá D.C."]);
        pdf.Heading("Tabla larga");
        var table = new PdfTable([new("Departamento", 3), new("Año", 1, ColumnAlign.Right), new("Cifra", 2, ColumnAlign.Right)]);
        for (var i = 1; i <= 120; i++)
        {
            table.AddRow($"Fila-{i:000}", "2025", $"{i}.000");
        }

        pdf.Table(table);

        var pages = Pages(pdf);
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        Assert.DoesNotContain("Encabezado de prueba", pages[0], StringComparison.Ordinal);
        var tablePages = pages.Skip(1).ToList();
        Assert.All(tablePages, page => Assert.Contains("Departamento Año Cifra", page, StringComparison.Ordinal));
        Assert.All(tablePages, page => Assert.Contains("Encabezado de prueba", page, StringComparison.Ordinal));
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.Contains($"Página {i + 1} de {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        var all = string.Join(' ', pages);
        for (var i = 1; i <= 120; i++)
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, $"Fila-{i:000} "));
        }
    }

    [Fact]
    public void Spanish_text_wraps_and_survives_extraction()
    {
        using var pdf = new PdfComposer(new PdfDocumentInfo("Acentos", "SSME", "Año analizado"));
        var sentence = "La iniciativa de Bogotá D.C. alcanzó el Nivel 3 – Consolidada en Ñame, café y cacao; ¿cómo? ¡con información del año! ";
        pdf.Paragraph(string.Concat(Enumerable.Repeat(sentence, 12)));

        var page = Pages(pdf).Single();

        Assert.Contains("Bogotá D.C.", page, StringComparison.Ordinal);
        Assert.Contains("Nivel 3 – Consolidada en Ñame", page, StringComparison.Ordinal);
        Assert.Contains("¿cómo? ¡con información del año!", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_is_drawn_with_its_labels_as_text()
    {
        using var pdf = new PdfComposer(new PdfDocumentInfo("Gráfico", "SSME", "Gráfico"));
        pdf.Chart(plot =>
        {
            plot.Font.Set("DejaVu Sans");
            plot.Title("Iniciativas por región");
            plot.Add.Bars([3.0, 5.0, 2.0]);
        });

        Assert.Contains("Iniciativas por región", Pages(pdf).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_title_never_ends_a_page_alone_whatever_follows_it()
    {
        // However much of the page the text before uses, the title lands on the page of its chart or table.
        for (var before = 20; before <= 42; before++)
        {
            using var pdf = new PdfComposer(new PdfDocumentInfo("Títulos", "SSME", "Títulos"));
            pdf.Heading("Capítulo");
            for (var line = 0; line < before; line++)
            {
                pdf.Paragraph($"Línea {line} del texto que precede al gráfico.");
            }

            pdf.Heading("Sección con gráfico", level: 2);
            pdf.Chart(plot =>
            {
                plot.Font.Set("DejaVu Sans");
                plot.Title("Barras de la sección");
                plot.Add.Bars([3.0, 5.0, 2.0]);
            });
            pdf.Heading("Sección con tabla", level: 2);
            var table = new PdfTable([new("Columna", 1)]);
            table.AddRow("Primera fila");
            pdf.Table(table);

            var pages = Pages(pdf);
            Assert.Equal(pages.FindIndex(page => page.Contains("Sección con gráfico", StringComparison.Ordinal)), pages.FindIndex(page => page.Contains("Barras de la sección", StringComparison.Ordinal)));
            Assert.Equal(pages.FindIndex(page => page.Contains("Sección con tabla", StringComparison.Ordinal)), pages.FindIndex(page => page.Contains("Primera fila", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_table_that_runs_onto_the_next_page_never_leaves_one_or_two_rows_alone_there()
    {
        // Enough rows to fill the first page, then one to seven more: every count of rows left over is met.
        var firstPageRows = RowsOnOnePage();
        for (var extra = 1; extra <= 7; extra++)
        {
            using var pdf = new PdfComposer(new PdfDocumentInfo("Filas", "SSME", "Filas"));
            var table = new PdfTable([new("Fila", 1)]);
            for (var row = 1; row <= firstPageRows + extra; row++)
            {
                table.AddRow($"Fila-{row:000}");
            }

            pdf.Table(table);

            var pages = Pages(pdf);
            Assert.Equal(2, pages.Count);
            var carried = pages[1].Split(' ').Count(word => word.StartsWith("Fila-", StringComparison.Ordinal));
            Assert.True(carried >= 3, $"{extra} extra row(s): the second page holds only {carried} row(s) of the table");
        }
    }

    /// <summary>How many one-line rows the first page of a table holds, read back from the PDF.</summary>
    private static int RowsOnOnePage()
    {
        using var pdf = new PdfComposer(new PdfDocumentInfo("Filas", "SSME", "Filas"));
        var table = new PdfTable([new("Fila", 1)]);
        for (var row = 1; row <= 200; row++)
        {
            table.AddRow($"Fila-{row:000}");
        }

        pdf.Table(table);
        return Pages(pdf)[0].Split(' ').Count(word => word.StartsWith("Fila-", StringComparison.Ordinal));
    }

    private static List<string> Pages(PdfComposer pdf)
    {
        using var output = new MemoryStream();
        pdf.Render(output);
        using var document = PdfDocument.Open(output.ToArray());
        return document.GetPages()
            .Select(page => string.Join(' ', ContentOrderTextExtractor.GetText(page).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }
}
