using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;
using Ssme.TestData;
using Ssme.Web.Features.Reports;
using Ssme.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ssme.Web.Tests.Narrative;

public sealed class NarrativeTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    private static readonly Dictionary<string, string?> Written = new()
    {
        ["Texts[Presentation]"] = "La Red Cluster Colombia presenta la ola.",
        ["Texts[Background]"] = "Primera ola en 2016 con **61 iniciativas**.",
        ["Texts[Conclusions]"] = "Conclusión principal con *cursiva* y <b>sin HTML</b>.",
        ["Texts[Recommendations]"] = "Se recomienda:\n- Identificar fuentes de financiamiento.\n- Fomentar la participación activa.",
        ["Texts[Level3Profile]"] = "Las consolidadas tienen gobernanza activa.",
        ["Texts[Level2Profile]"] = "Las que están en consolidación tienen un órgano asesor.",
        ["Texts[Level1Profile]"] = "Las básicas empiezan.",
    };

    [Fact]
    public async Task An_analyst_writes_the_texts_and_the_report_prints_them_in_the_seed_order_with_a_table_of_contents()
    {
        var wave = await factory.CreateWaveAsync(year: 2019);
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(8, seed: 150, tag: wave.Code), _ => SubmissionStatus.Accepted);
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);

        var list = await analyst.GetPageAsync("/informes/textos");
        var link = list.QuerySelectorAll("a").First(a => a.TextContent.Contains(wave.Name, StringComparison.Ordinal)).GetAttribute("href")!;
        var page = await analyst.GetPageAsync(link);
        var saved = await analyst.SubmitAsync(page, "main form", Written);
        var after = await saved.ReadPageAsync();

        Assert.Contains($"Se guardaron los textos del informe de la {wave.Name}.", after.MainText(), StringComparison.Ordinal);
        Assert.Equal("Primera ola en 2016 con **61 iniciativas**.", after.QuerySelector("textarea[name='Texts[Background]']")!.TextContent);
        var pages = await ReportPagesAsync(wave);
        var text = string.Join(' ', pages);
        Assert.Contains("Primera ola en 2016 con 61 iniciativas.", text, StringComparison.Ordinal);
        Assert.Contains("Conclusión principal con cursiva y <b>sin HTML</b>.", text, StringComparison.Ordinal);
        Assert.Contains("• Identificar fuentes de financiamiento.", text, StringComparison.Ordinal);
        Assert.Contains("evalúa 8 áreas temáticas a través de 18 variables", text, StringComparison.Ordinal);
        string[] order = ["Presentación", "Antecedentes y metodología", "1. Participación", "7. Distribución y perfil de los niveles", "Conclusiones y recomendaciones", "Recomendaciones", "Nivel 3: Consolidada Las consolidadas", "Nivel 1: Básico Las básicas", "Anexo: valores de las variables"];
        var body = string.Join(' ', pages.Skip(2));
        var positions = order.Select(heading => body.IndexOf(heading, StringComparison.Ordinal)).ToList();
        Assert.Contains("Contenido", pages[1], StringComparison.Ordinal);
        Assert.All(positions, position => Assert.True(position >= 0));
        Assert.Equal(positions.Order(), positions);
        foreach (var heading in new[] { "Presentación", "Antecedentes y metodología", "1. Participación", "Conclusiones y recomendaciones", "Anexo: valores de las variables de categorización" })
        {
            var number = Array.FindIndex(pages, 2, content => content.Contains(heading, StringComparison.Ordinal)) + 1;
            Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(heading)}[ .]* {number}(\\s|$)", pages[1]);
        }
    }

    [Fact]
    public async Task Bold_and_italic_print_in_bold_and_italic_fonts()
    {
        var wave = await factory.CreateWaveAsync(year: 2019);
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        await analyst.SubmitAsync(await analyst.GetPageAsync($"/informes/textos/{wave.Id}"), "main form", Written);

        var pdf = await ReportBytesAsync(wave);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(item => item.Text.Contains("Primeraolaen2016", StringComparison.Ordinal) || ContentOrderTextExtractor.GetText(item).Contains("Primera ola en 2016", StringComparison.Ordinal));
        var letters = page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        var start = letters.FindIndex(letter => letter.Value == "6" && letters[letters.IndexOf(letter) + 1].Value == "1");
        Assert.All(letters.Skip(start).Take("61iniciativas".Length), letter => Assert.Contains("Bold", letter.FontName ?? string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("Bold", letters[start - 1].FontName ?? string.Empty, StringComparison.Ordinal);
        var italic = document.GetPages().SelectMany(item => item.Letters).Where(letter => (letter.FontName ?? string.Empty).Contains("Oblique", StringComparison.Ordinal));
        Assert.Contains("cursiva", string.Concat(italic.Select(letter => letter.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_wave_starts_from_the_previous_waves_texts_with_its_own_generated_methodology()
    {
        var previous = await factory.CreateWaveAsync(year: 2019);
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        await analyst.SubmitAsync(await analyst.GetPageAsync($"/informes/textos/{previous.Id}"), "main form", new Dictionary<string, string?>(Written) { ["Texts[Methodology]"] = "Metodología escrita a mano." });
        var next = await factory.CreateWaveAsync(year: 2023);

        var page = await analyst.GetPageAsync($"/informes/textos/{next.Id}");

        Assert.Equal("Conclusión principal con *cursiva* y <b>sin HTML</b>.", page.QuerySelector("textarea[name='Texts[Conclusions]']")!.TextContent);
        var methodology = page.QuerySelector("textarea[name='Texts[Methodology]']")!.TextContent;
        Assert.DoesNotContain("escrita a mano", methodology, StringComparison.Ordinal);
        Assert.Contains($"La {next.Name} categoriza cada iniciativa", methodology, StringComparison.Ordinal);
        Assert.Contains("el año 2023", methodology, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_keeps_what_was_typed()
    {
        var wave = await factory.CreateWaveAsync();
        var first = await factory.ClientInRoleAsync(Roles.Analyst);
        var second = await factory.AdminClientAsync();
        var firstPage = await first.GetPageAsync($"/informes/textos/{wave.Id}");
        var secondPage = await second.GetPageAsync($"/informes/textos/{wave.Id}");
        await first.SubmitAsync(firstPage, "main form", new Dictionary<string, string?> { ["Texts[Conclusions]"] = "Versión de la primera persona." });

        var refused = await (await second.SubmitAsync(secondPage, "main form", new Dictionary<string, string?> { ["Texts[Conclusions]"] = "Versión de la segunda persona." })).ReadPageAsync();

        Assert.Contains("Otra persona guardó los textos", refused.MainText(), StringComparison.Ordinal);
        Assert.Equal("Versión de la segunda persona.", refused.QuerySelector("textarea[name='Texts[Conclusions]']")!.TextContent);
        var stored = await first.GetPageAsync($"/informes/textos/{wave.Id}");
        Assert.Equal("Versión de la primera persona.", stored.QuerySelector("textarea[name='Texts[Conclusions]']")!.TextContent);
    }

    [Fact]
    public async Task A_text_over_the_limit_is_refused_naming_it_and_nothing_is_lost()
    {
        var wave = await factory.CreateWaveAsync();
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var tooLong = new string('a', 20_001);

        var refused = await (await analyst.SubmitAsync(await analyst.GetPageAsync($"/informes/textos/{wave.Id}"), "main form", new Dictionary<string, string?> { ["Texts[Recommendations]"] = tooLong })).ReadPageAsync();

        Assert.Contains("El texto «Recomendaciones» tiene 20.001 caracteres; el máximo es 20.000.", refused.MainText(), StringComparison.Ordinal);
        Assert.Equal(tooLong, refused.QuerySelector("textarea[name='Texts[Recommendations]']")!.TextContent);
    }

    [Fact]
    public async Task Cluster_managers_and_strangers_cannot_open_the_texts()
    {
        var wave = await factory.CreateWaveAsync();
        var manager = await factory.ClientInRoleAsync(Roles.ClusterManager);

        var response = await manager.GetAsync(new Uri($"/informes/textos/{wave.Id}", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await factory.AnonymousClient().GetAsync(new Uri($"/informes/textos/{wave.Id}", UriKind.Relative))).SentToSignIn());
    }

    private async Task<byte[]> ReportBytesAsync(Wave wave)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ReportHandler>().WaveReportAsync(wave.Id, CancellationToken.None);
        var bytes = report.Value.Content.ToArray();
        if (Environment.GetEnvironmentVariable("SSME_KEEP_PDF") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, $"narrativa-{wave.Code}.pdf"), bytes);
        }

        return bytes;
    }

    /// <summary>Each page's words in drawing order, one space apart.</summary>
    private async Task<string[]> ReportPagesAsync(Wave wave)
    {
        using var document = PdfDocument.Open(await ReportBytesAsync(wave));
        return [.. document.GetPages().Select(page => string.Join(' ', ContentOrderTextExtractor.GetText(page).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
    }
}
