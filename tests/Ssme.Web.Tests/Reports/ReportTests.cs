using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.TestData;
using Ssme.Web.Features.Reports;
using Ssme.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ssme.Web.Tests.Reports;

public sealed class ReportTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task The_wave_report_states_the_counts_departments_and_every_cell_of_the_categorization_table()
    {
        // Its own database: the report lists every wave in the system, one column each.
        using var factory = new SsmeAppFactory();
        var earlier = await factory.CreateWaveAsync(year: 2021, open: false);
        var earlierAnswers = SyntheticAnswers.Create(5, seed: 90, tag: earlier.Code);
        await factory.AddSubmissionsAsync(earlier, earlierAnswers, _ => SubmissionStatus.Accepted);
        var wave = await factory.CreateWaveAsync(year: 2024);
        var answers = SyntheticAnswers.Create(24, seed: 91, tag: wave.Code);
        SubmissionStatus[] statuses = [SubmissionStatus.Submitted, SubmissionStatus.Accepted, SubmissionStatus.Draft, SubmissionStatus.Excluded, SubmissionStatus.Accepted, SubmissionStatus.Returned];
        await factory.AddSubmissionsAsync(wave, answers, i => statuses[i % statuses.Length]);
        var categorized = answers.Where((a, i) => statuses[i % statuses.Length] is SubmissionStatus.Submitted or SubmissionStatus.Accepted && a.HasPeriodData == true).ToList();

        var text = await ReportPdf.WaveReportTextAsync(factory, wave, $"informe-{wave.Code}.pdf");

        Assert.Contains($"24 iniciativas cluster inscritas en la {wave.Name}; {categorized.Count} hacen parte de la categorización", text, StringComparison.Ordinal);
        var earlierCategorized = earlierAnswers.Count(a => a.HasPeriodData == true);
        Assert.Contains($"{earlier.Name} 2021 5 {earlierCategorized}", text, StringComparison.Ordinal);
        foreach (var department in categorized.GroupBy(a => a.Department!))
        {
            var before = earlierAnswers.Count(a => a.Department == department.Key && a.HasPeriodData == true);
            Assert.Contains($"{Department.FromCode(department.Key).Name} {(before == 0 ? "Sin registro" : before)} {department.Count()}", text, StringComparison.Ordinal);
        }

        var methodology = MethodologyCatalog.LoadEmbedded().Get(wave.MethodologyVersion);
        var results = categorized.Select(a => Categorizer.Categorize(a, methodology)).ToList();
        var earlierResults = earlierAnswers.Where(a => a.HasPeriodData == true).Select(a => Categorizer.Categorize(a, methodology)).ToList();
        foreach (var variable in methodology.Variables)
        {
            // Each level: the earlier wave's share, this wave's and the change in points, side by side.
            var levels = results.Select(r => r.Variable(variable.Code).Level).OfType<Level>().ToList();
            var earlierLevels = earlierResults.Select(r => r.Variable(variable.Code).Level).OfType<Level>().ToList();
            int Percent(List<Level> all, Level level) => (int)Math.Round(100m * all.Count(l => l == level) / all.Count, MidpointRounding.AwayFromZero);
            string Cells(Level level)
            {
                var change = Percent(levels, level) - Percent(earlierLevels, level);
                return $"{Percent(earlierLevels, level)} % {Percent(levels, level)} % {(change > 0 ? "+" : change < 0 ? "−" : string.Empty)}{Math.Abs(change)}";
            }

            Assert.Contains($"{variable.Name} {Cells(Level.Basic)} {Cells(Level.Consolidating)} {Cells(Level.Consolidated)} {levels.Count}", text, StringComparison.Ordinal);
        }

        Assert.Contains("Anexo: valores de las variables de categorización", text, StringComparison.Ordinal);
        Assert.Contains("Falta la referencia nacional", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wave_without_categorized_submissions_still_renders_with_a_clear_message()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(3, seed: 92, tag: wave.Code), _ => SubmissionStatus.Draft);

        var text = await ReportPdf.WaveReportTextAsync(factory, wave, $"informe-{wave.Code}.pdf");

        Assert.Contains($"3 iniciativas cluster inscritas en la {wave.Name}; 0 hacen parte de la categorización", text, StringComparison.Ordinal);
        Assert.Contains($"La {wave.Name} no tiene iniciativas categorizadas", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_figures_give_the_national_participation_per_department()
    {
        var wave = await factory.CreateWaveAsync(year: 2019);
        var answers = SyntheticAnswers.Create(1, seed: 93, tag: wave.Code);
        answers[0] = answers[0] with { Department = "66", HasPeriodData = true, Employment = 1_000 };
        await factory.AddSubmissionsAsync(wave, answers);
        await factory.WithDbAsync(async db =>
        {
            db.ReferenceFigures.Add(new Ssme.Domain.Reference.ReferenceFigure("66", 2019, 125_000, 36_406));
            return await db.SaveChangesAsync();
        });
        var firms = answers[0].FirmsMicro + answers[0].FirmsSmall + answers[0].FirmsMedium + answers[0].FirmsLarge;

        var text = await ReportPdf.WaveReportTextAsync(factory, wave, $"informe-{wave.Code}.pdf");

        Assert.DoesNotContain("Falta la referencia nacional", text, StringComparison.Ordinal);
        // Other tests' earlier waves may add the previous wave's two columns before these.
        Assert.Matches(@"Risaralda (\S+ ){0,3}1\.000 125\.000 0,8 %", text);
        Assert.Matches($@"Risaralda (\S+ ){{0,3}}{firms} 36\.406", text);
    }

    [Fact]
    public async Task The_ficha_shows_the_initiatives_levels_and_the_waves_distribution()
    {
        var wave = await factory.CreateWaveAsync();
        var answers = SyntheticAnswers.Create(6, seed: 94, tag: wave.Code).Select(item => item with { HasPeriodData = true }).ToArray();

        var ids = await factory.AddSubmissionsAsync(wave, answers, _ => SubmissionStatus.Accepted);
        await using var scope = factory.Services.CreateAsyncScope();

        var ficha = await scope.ServiceProvider.GetRequiredService<ReportHandler>().FichaAsync(ids[1], CancellationToken.None);

        Assert.True(ficha.Succeeded);
        var text = ReportPdf.Text(ficha.Value.Content.ToArray(), "ficha.pdf");
        var result = Categorizer.Categorize(answers[1], MethodologyCatalog.LoadEmbedded().Get(wave.MethodologyVersion));
        Assert.Contains($"Ficha de la iniciativa: {answers[1].InitiativeName}", text, StringComparison.Ordinal);
        Assert.Contains($"Nivel general: {LevelText.Label(result.Overall)}", text, StringComparison.Ordinal);
        foreach (var variable in result.Variables)
        {
            Assert.Contains($"{variable.Variable.Name} {LevelText.Label(variable.Level)}", text, StringComparison.Ordinal);
        }

        Assert.Contains("Página 1 de", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ficha_says_how_far_each_next_level_is_how_peers_do_and_what_changed_since_the_previous_wave()
    {
        var earlier = await factory.CreateWaveAsync(year: 2016, open: false);
        var wave = await factory.CreateWaveAsync(year: 2017);
        var answers = SyntheticAnswers.Create(6, seed: 96, tag: wave.Code)
            .Select((item, i) => item with { HasPeriodData = true, Department = i < 5 ? "05" : "11", Macrosector = i == 1 ? Macrosector.Manufactura : Macrosector.Servicios })
            .ToArray();
        answers[1] = answers[1] with { FirmsMicro = 70, FirmsSmall = 20, FirmsMedium = 5, FirmsLarge = 5, FirmsActive = 62, SustainabilityMonths = 21 };
        var ids = await factory.AddSubmissionsAsync(wave, answers, _ => SubmissionStatus.Accepted);
        await factory.WithDbAsync(async db =>
        {
            var initiativeId = await db.Submissions.Where(item => item.Id == ids[1]).Select(item => item.InitiativeId).SingleAsync();
            var before = new Submission(initiativeId, earlier.Id, answers[1] with { SustainabilityMonths = 6 }, DateTimeOffset.UtcNow);
            before.SetStatusByImport(SubmissionStatus.Accepted, new Actor("t", "Prueba"), DateTimeOffset.UtcNow, "Ola anterior");
            db.Submissions.Add(before);
            return await db.SaveChangesAsync();
        });
        await using var scope = factory.Services.CreateAsyncScope();

        var ficha = await scope.ServiceProvider.GetRequiredService<ReportHandler>().FichaAsync(ids[1], CancellationToken.None);

        var text = ReportPdf.Text(ficha.Value.Content.ToArray(), "ficha-benchmarking.pdf");
        var methodology = MethodologyCatalog.LoadEmbedded().Get(wave.MethodologyVersion);
        var result = Categorizer.Categorize(answers[1], methodology);
        foreach (var area in result.Areas)
        {
            Assert.Contains($"{area.Area.Title} {area.Mean!.Value.ToString("0.00", Ssme.Domain.Common.EsCo.Culture)} {LevelText.Label(area.Level)}", text, StringComparison.Ordinal);
        }

        Assert.Contains("Empresas activas (Nivel 2) Nivel 3 requiere x ≥ 80 %: faltan 18 empresas activas", text, StringComparison.Ordinal);
        Assert.Contains("Sostenibilidad (Nivel 2) Nivel 3 requiere m > 24: faltan 4 meses de sostenibilidad", text, StringComparison.Ordinal);
        Assert.Contains($"Recomendación: {methodology.Variable("sustainability").Recommendation(Level.Consolidating)}", text, StringComparison.Ordinal);
        Assert.Contains("Departamento: Antioquia 5", text, StringComparison.Ordinal);
        Assert.Contains("Macrosector: Manufactura 1 grupo muy pequeño", text, StringComparison.Ordinal);
        Assert.Contains($"Cambios desde la {earlier.Name}", text, StringComparison.Ordinal);
        Assert.Contains("Sostenibilidad Nivel 1 Nivel 2 +1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(answers[0].InitiativeName!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_downloads_the_wave_report_and_loads_reference_data_through_the_pages()
    {
        var wave = await factory.CreateWaveAsync(year: 2018);
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(4, seed: 95, tag: wave.Code));
        var admin = await factory.AdminClientAsync();

        var page = await admin.GetPageAsync("/admin/referencia");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var bad = await ReportPdf.UploadReferenceAsync(admin, token, "department,year,occupied_population,registered_firms\r\nGotham,2018,10,5\r\n");
        Assert.Contains("Fila 2, columna department: «Gotham» no es un departamento de Colombia ni «Nacional».", (await bad.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        var good = await ReportPdf.UploadReferenceAsync(admin, token, "department,year,occupied_population,registered_firms\r\nRisaralda,2018,466105,36406\r\n05,2018,3035595,197044\r\n");
        var listed = (await good.ReadPageAsync()).MainText();
        Assert.Contains("Se guardaron 2 cifras de referencia.", listed, StringComparison.Ordinal);
        Assert.Contains("2018 Risaralda 466.105 36.406", listed, StringComparison.Ordinal);

        var reports = await admin.GetPageAsync("/admin/informes");
        var link = reports.QuerySelectorAll("a[download]").First(a => a.TextContent.Contains(wave.Name, StringComparison.Ordinal)).GetAttribute("href")!;
        var download = await admin.GetAsync(new Uri(link, UriKind.Relative));

        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var text = ReportPdf.Text(await download.Content.ReadAsByteArrayAsync(), "descarga.pdf");
        Assert.Contains($"4 iniciativas cluster inscritas en la {wave.Name}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_downloads_only_their_own_accepted_ficha_and_an_analyst_any()
    {
        var wave = await factory.CreateWaveAsync();
        var (_, manager) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory, "Cluster de Ficha " + wave.Code);
        var submissionId = await Questionnaires.QuestionnaireFlow.StartAsync(manager, wave.Id);
        await Questionnaires.QuestionnaireFlow.FillEverythingAsync(manager, submissionId);
        await Questionnaires.QuestionnaireFlow.SendAsync(manager, submissionId);
        var (_, other) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory);
        var url = new Uri($"/cuestionario/{submissionId}/ficha", UriKind.Relative);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await manager.GetAsync(url)).StatusCode);
        var analyst = await factory.ClientInRoleAsync(Ssme.Domain.Users.Roles.Analyst);
        var analystFicha = await analyst.GetAsync(new Uri($"/revision/cuestionario/{submissionId}?handler=Ficha", UriKind.Relative));
        Assert.Contains("Ficha de la iniciativa: Cluster de Ficha", ReportPdf.Text(await analystFicha.Content.ReadAsByteArrayAsync(), "ficha-analista.pdf"), StringComparison.Ordinal);
        var detail = await analyst.GetPageAsync($"/revision/cuestionario/{submissionId}");
        await analyst.SubmitAsync(detail, "form:has(input[name=action][value=Accept])");

        var own = await manager.GetAsync(url);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Nivel general:", ReportPdf.Text(await own.Content.ReadAsByteArrayAsync(), "ficha-gerente.pdf"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Contains("Descargar ficha (PDF)", (await manager.GetPageAsync("/cuestionario")).MainText(), StringComparison.Ordinal);
    }
}
