using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.TestData;
using Ssme.Web.Features.Reports;
using Ssme.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ssme.Web.Tests.Reports;

public sealed class HistoricalFiguresTests
{
    private const string History =
        "wave_code,wave_name,period_year,figure,department,value\r\n" +
        "I,I Ola,2016,initiatives,,61\r\n" +
        "I,I Ola,2016,initiatives,Antioquia,12\r\n" +
        "I,I Ola,2016,macrosector_servicios_pct,,45.9\r\n" +
        "II,II Ola,2018,initiatives,Nacional,57\r\n" +
        "II,II Ola,2018,initiatives,05,9\r\n" +
        "II,II Ola,2018,employment,,110.884\r\n";

    [Fact]
    public async Task Historical_figures_load_by_verb_and_page_and_join_the_reports_cross_wave_tables()
    {
        using var factory = new SsmeAppFactory();
        var wave = await factory.CreateWaveAsync(year: 2019);
        var answers = SyntheticAnswers.Create(2, seed: 170, tag: wave.Code).Select(a => a with { HasPeriodData = true, Department = "05", Macrosector = Macrosector.Servicios }).ToArray();
        await factory.AddSubmissionsAsync(wave, answers, _ => SubmissionStatus.Accepted);
        var file = Path.Combine(factory.Folder, "historico.csv");
        await File.WriteAllTextAsync(file, History);

        var run = await factory.RunVerbAsync("import", "--history", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("6 cifra(s) histórica(s) guardadas.", run.Output, StringComparison.Ordinal);
        var admin = await factory.AdminClientAsync();
        var page = (await admin.GetPageAsync("/admin/historico")).MainText();
        Assert.Contains("I Ola (I) 2016 initiatives Antioquia 12", page, StringComparison.Ordinal);
        Assert.Contains("I Ola (I) 2016 macrosector_servicios_pct Total 45,9 %", page, StringComparison.Ordinal);

        var text = await ReportPdf.WaveReportTextAsync(factory, wave, $"historico-{wave.Code}.pdf");

        Assert.Contains($"I Ola 2016 Sin registro 61 II Ola 2018 Sin registro 57 {wave.Name} 2019 2 2", text, StringComparison.Ordinal);
        Assert.Contains("Antioquia 12 9 2", text, StringComparison.Ordinal);
        Assert.Contains("TOTAL 61 57 2", text, StringComparison.Ordinal);
        Assert.Contains("Servicios 46 % Sin registro 100 %", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> BadRows => new()
    {
        {
            "II,II Ola,2018,macrosector_manufactura_pct,,120\r\nII,II Ola,2018,exports,,3\r\n",
            ["Fila 8, columna value: «120» no es un porcentaje entre 0 y 100", "Fila 9, columna figure: «exports» no es una cifra conocida"]
        },
        {
            // Rows of one wave must share its name and year.
            "II,Segunda Ola,2019,firms,,9000\r\n",
            [
                "Fila 8, columna wave_name: la ola II se llama «II Ola» en la fila 5; todas las filas de una ola deben tener el mismo nombre.",
                "Fila 8, columna period_year: la ola II tiene el año analizado 2018 en la fila 5; todas las filas de una ola deben tener el mismo año.",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_history_file_is_refused_whole_naming_row_and_column(string badRows, string[] problems)
    {
        using var factory = new SsmeAppFactory();
        var file = Path.Combine(factory.Folder, "historico.csv");
        await File.WriteAllTextAsync(file, History + badRows);

        var run = await factory.RunVerbAsync("import", "--history", file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.All(problems, problem => Assert.Contains(problem, run.Error + run.Output, StringComparison.Ordinal));
        var admin = await factory.AdminClientAsync();
        Assert.Contains("Aún no hay cifras históricas", (await admin.GetPageAsync("/admin/historico")).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_deletes_a_waves_historical_figures_after_confirming_and_it_is_audited()
    {
        using var factory = new SsmeAppFactory();
        var file = Path.Combine(factory.Folder, "historico.csv");
        await File.WriteAllTextAsync(file, History);
        Assert.Equal(0, (await factory.RunVerbAsync("import", "--history", file)).ExitCode);
        var admin = await factory.AdminClientAsync();

        var list = await admin.GetPageAsync("/admin/historico");
        var ask = list.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Eliminar las cifras de la II Ola", StringComparison.Ordinal)).GetAttribute("href")!;
        var confirmation = await admin.GetPageAsync(ask);
        Assert.Contains("¿Eliminar las 3 cifras históricas de la II Ola (II, año analizado 2018)?", confirmation.MainText(), StringComparison.Ordinal);
        Assert.Equal(6, await factory.WithDbAsync(db => db.HistoricalFigures.CountAsync()));

        var done = await (await admin.SubmitAsync(confirmation, "form:has(input[name=waveCode])")).ReadPageAsync();

        Assert.Contains("Se eliminaron las 3 cifras históricas de la ola II.", done.MainText(), StringComparison.Ordinal);
        Assert.Equal(["I", "I", "I"], await factory.WithDbAsync(db => db.HistoricalFigures.Select(figure => figure.WaveCode).ToListAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "HistoryDeleted" && entry.EntityId == "II")));
    }
}
