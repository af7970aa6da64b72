using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Exchange;
using Ssme.TestData;
using Ssme.Web.Features.Exchange;
using Ssme.Web.Features.Shared;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Exchange;

public sealed class ExchangeTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    private static readonly Actor Analyst = new("analyst", "Analista de prueba");

    [Theory]
    [InlineData(ExchangeFormat.Csv)]
    [InlineData(ExchangeFormat.Xlsx)]
    public async Task Export_then_import_into_another_wave_gives_the_same_answers_and_levels(ExchangeFormat format)
    {
        var source = await factory.CreateWaveAsync();
        SubmissionStatus[] statuses = [SubmissionStatus.Submitted, SubmissionStatus.Accepted, SubmissionStatus.Draft, SubmissionStatus.Returned, SubmissionStatus.Excluded];
        await factory.AddSubmissionsAsync(source, SyntheticAnswers.Create(40, seed: 21, tag: source.Code), i => statuses[i % statuses.Length]);
        var target = await factory.CreateWaveAsync(open: false);

        var exported = await ExportAsync(source, format);
        var report = await ImportAsync(target, exported, format);
        var reexported = await ExportAsync(target, format);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(40, report.Value.Created);
        Assert.Equal(await ReadAsync(exported, format), await ReadAsync(reexported, format));
    }

    [Fact]
    public async Task Accents_quotes_commas_and_multi_values_survive_the_csv_round_trip()
    {
        var source = await factory.CreateWaveAsync();
        var original = SyntheticAnswers.Create(7, seed: 8, tag: source.Code);
        original[1] = original[1] with { DesiredSupport = "=HYPERLINK(\"http://example.org\",\"clic\")" };
        await factory.AddSubmissionsAsync(source, original);
        var exported = await ExportAsync(source, ExchangeFormat.Csv);
        var text = Encoding.UTF8.GetString(exported);

        Assert.Equal([0xEF, 0xBB, 0xBF], exported[..3]);
        Assert.Contains("\"Clúster «Café, Cacao & Ñame» \"\"0\"\" " + source.Code + "\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(", text, StringComparison.Ordinal);

        var target = await factory.CreateWaveAsync();
        var report = await ImportAsync(target, exported, ExchangeFormat.Csv);
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        var imported = await factory.WithDbAsync(db => db.Submissions.AsNoTracking().Where(s => s.WaveId == target.Id).ToListAsync());
        var first = imported.Single(s => s.Answers.InitiativeName == original[0].InitiativeName);
        Assert.Equal(original[0].DesiredSupport, first.Answers.DesiredSupport);
        Assert.Equal(original[0].BarriersOther, first.Answers.BarriersOther);
        Assert.Equal(original[0].ImpactsBusiness, first.Answers.ImpactsBusiness);
        Assert.Equal(original[0].ManagingEntityName, first.Answers.ManagingEntityName);
        Assert.Equal(original[1].DesiredSupport, imported.Single(s => s.Answers.InitiativeName == original[1].InitiativeName).Answers.DesiredSupport);
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_each_row_and_field()
    {
        var wave = await factory.CreateWaveAsync();
        var valid = ValidCsvRow("Cluster Uno", "Antioquia", "10", "5");
        var csv = string.Join("\r\n",
            Header,
            valid,
            ValidCsvRow("Cluster Dos", "Gotham", "10", "5"),
            ValidCsvRow("Cluster Tres", "05", "10", "11"),
            ValidCsvRow("Cluster Cuatro", "05", "diez", "5"),
            ValidCsvRow("Cluster Cinco", "05", "-2", "0"),
            ValidCsvRow("Cluster Seis", "05", "10", "5").Replace("current", "quizas", StringComparison.Ordinal),
            ValidCsvRow("CLUSTER UNO", "antioquia", "10", "5"));

        var report = await ImportAsync(wave, Encoding.UTF8.GetBytes(csv), ExchangeFormat.Csv);

        Assert.False(report.Succeeded);
        var lines = report.Errors.Select(problem => problem.ToString()).ToList();
        Assert.Contains(lines, line => line.StartsWith("Fila 3, columna department: Departamento: «Gotham» no es un departamento de Colombia", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Fila 4, columna firms_active: Empresas activas: no pueden ser más que las empresas participantes (10)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Fila 5, columna firms_micro: Microempresas: escriba un número entero", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Fila 6, columna firms_micro", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Fila 7, columna strategy: Estrategia: «quizas» no es una opción válida", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Fila 8, columna initiative_name: la iniciativa «CLUSTER UNO» de Antioquia ya aparece en la fila 2", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("Fila 2", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Submissions.CountAsync(s => s.WaveId == wave.Id)));
    }

    [Fact]
    public async Task Unknown_columns_are_named_and_level_columns_are_recomputed()
    {
        var wave = await factory.CreateWaveAsync();
        var unknown = await ImportAsync(wave, Encoding.UTF8.GetBytes("initiative_name,department,color\r\nX,05,rojo\r\n"), ExchangeFormat.Csv);
        Assert.Equal("Fila 1: columna desconocida: «color». Use los códigos de campo del cuestionario.", Assert.Single(unknown.Errors).ToString());
        var semicolons = await ImportAsync(wave, Encoding.UTF8.GetBytes("initiative_name;department\r\nX;05\r\n"), ExchangeFormat.Csv);
        Assert.Contains("separado por punto y coma", Assert.Single(semicolons.Errors).ToString(), StringComparison.Ordinal);

        var csv = Header + ",level_focus,level_overall\r\n" + ValidCsvRow("Cluster Niveles", "05", "10", "5") + ",3,3\r\n";
        var report = await ImportAsync(wave, Encoding.UTF8.GetBytes(csv), ExchangeFormat.Csv);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        var stored = await factory.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.WaveId == wave.Id));
        Assert.Equal(SubmissionStatus.Submitted, stored.Status);
        Assert.Equal(10m, stored.Answers.FocusInterclusterPct!.Value.Value);
        var exported = Assert.Single(await ReadAsync(await ExportAsync(wave, ExchangeFormat.Csv), ExchangeFormat.Csv));
        Assert.Equal("1", exported["level_focus"]);
    }

    [Fact]
    public async Task An_analyst_uploads_a_file_on_the_import_page_and_downloads_the_export()
    {
        var wave = await factory.CreateWaveAsync();
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var bad = await ExchangeFlow.UploadAsync(analyst, wave.Code, "datos.csv", Header + "\r\n" + ValidCsvRow("Cluster Web", "05", "10", "50") + "\r\n");
        var badPage = await bad.ReadPageAsync();
        Assert.Contains("No se importó ninguna fila", badPage.MainText(), StringComparison.Ordinal);
        Assert.Contains("Fila 2, columna firms_active", badPage.MainText(), StringComparison.Ordinal);

        var wrongType = await ExchangeFlow.UploadAsync(analyst, wave.Code, "datos.pdf", "%PDF-1.4");
        Assert.Contains("Archivo: debe ser .csv", (await wrongType.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        var fakeXlsx = await ExchangeFlow.UploadAsync(analyst, wave.Code, "datos.xlsx", "initiative_name,department");
        Assert.Contains("no es un libro de Excel", (await fakeXlsx.ReadPageAsync()).MainText(), StringComparison.Ordinal);

        var good = await ExchangeFlow.UploadAsync(analyst, wave.Code, "datos.csv", Header + "\r\n" + ValidCsvRow("Cluster Web", "05", "10", "5") + "\r\n");
        var preview = await good.ReadPageAsync();
        Assert.Contains("1 nuevo(s)", preview.MainText(), StringComparison.Ordinal);
        var confirmed = await analyst.SubmitAsync(preview, "form:has(button[value=confirm])", submitButtonSelector: "button[value=confirm]");
        Assert.Contains("Importación completa", (await confirmed.ReadPageAsync()).MainText(), StringComparison.Ordinal);

        var download = await analyst.GetAsync(new Uri($"/revision?handler=Export&ola={wave.Code}&formato=xlsx", UriKind.Relative));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
        var rows = await ReadAsync(await download.Content.ReadAsByteArrayAsync(), ExchangeFormat.Xlsx);
        Assert.Equal("Cluster Web", Assert.Single(rows)["initiative_name"]);
    }

    private const string Header = "initiative_name,department,managing_entity_name,managing_entity_type,macrosector,has_period_data,focus_intercluster_pct,overall_progress_pct,strategy,strategy_participants_business_pct,action_plan,firms_micro,firms_small,firms_medium,firms_large,firms_active,general_assembly,advisory_board,cluster_manager,team_professionals,work_tables,activities_business,activities_environment,activities_networking,collaboration,opex_public_cop,opex_private_cop,opex_firms_cop,projects_public_cop,projects_private_cop,projects_firms_cop,sustainability_months,firms_impacted,employment,impacts_business,impacts_territorial,barriers,barriers_other,desired_support,emergency_actions,status";

    private static string ValidCsvRow(string name, string department, string micro, string active) =>
        $"{name},{department},\"Cámara de Comercio, sede centro\",camara_comercio,servicios,true,10,50,current,85,updated_annually,{micro},0,0,0,{active},met,periodic,full_time_formal,2,formal,1,1,1,spontaneous,100,0,0,0,0,0,12,1,25,capacitacion;idi,,otra,\"Lluvias, \"\"muchas\"\"\",,,Submitted";

    private async Task<byte[]> ExportAsync(Wave wave, ExchangeFormat format)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var buffer = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<WaveExchangeHandler>().ExportAsync(wave, format, buffer, CancellationToken.None);
        return buffer.ToArray();
    }

    private async Task<Result<ImportSummary>> ImportAsync(Wave wave, byte[] content, ExchangeFormat format)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var input = new MemoryStream(content);
        return await scope.ServiceProvider.GetRequiredService<WaveExchangeHandler>().ImportAsync(wave, new ImportSource(input, format, "datos"), Analyst, confirmedFingerprint: null, CancellationToken.None);
    }

    private static async Task<List<Dictionary<string, string?>>> ReadAsync(byte[] content, ExchangeFormat format)
    {
        using var input = new MemoryStream(content);
        var table = await ExchangeFiles.ReadAsync(input, format, CancellationToken.None);
        return table.Rows.Select(row => row.Values.ToDictionary(pair => pair.Key, pair => pair.Value)).OrderBy(row => row["initiative_name"], StringComparer.Ordinal).ToList();
    }
}
