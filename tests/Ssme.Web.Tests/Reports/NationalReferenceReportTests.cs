using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.TestData;
using Ssme.Web.Features.Reports;
using Ssme.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ssme.Web.Tests.Reports;

public sealed class NationalReferenceReportTests
{
    [Fact]
    public async Task Dimension_three_takes_the_national_total_from_the_national_row_with_the_previous_wave_beside()
    {
        using var factory = new SsmeAppFactory();
        var second = await factory.CreateWaveAsync(year: 2018, open: false);
        await factory.AddSubmissionsAsync(second, [.. SyntheticAnswers.Create(1, seed: 160, tag: second.Code).Select(a => a with { HasPeriodData = true, Department = "05", Employment = 110_884, FirmsMicro = 1_000, FirmsSmall = 0, FirmsMedium = 0, FirmsLarge = 0, FirmsActive = 0, FirmsImpacted = 0 })], _ => SubmissionStatus.Accepted);
        var third = await factory.CreateWaveAsync(year: 2019);
        var answers = SyntheticAnswers.Create(3, seed: 161, tag: third.Code).Select(a => a with { HasPeriodData = true, FirmsSmall = 0, FirmsMedium = 0, FirmsLarge = 0, FirmsActive = 0, FirmsImpacted = 0 }).ToArray();
        answers[0] = answers[0] with { Department = "05", Employment = 500_000, FirmsMicro = 12_000 };
        answers[1] = answers[1] with { Department = "66", Employment = 80_836, FirmsMicro = 600 };
        answers[2] = answers[2] with { Department = "81", Employment = 1_955, FirmsMicro = 84 };
        await factory.AddSubmissionsAsync(third, answers, _ => SubmissionStatus.Accepted);
        var admin = await factory.AdminClientAsync();
        var page = await admin.GetPageAsync("/admin/referencia");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var upload = await ReportPdf.UploadReferenceAsync(admin, token, "department,year,occupied_population,registered_firms\r\nNacional,2018,22.528.856,1.500.000\r\n00,2019,22.384.482,1.643.849\r\nAntioquia,2019,3.067.094,197.044\r\nArauca,2019,28,15\r\n");

        var listed = (await upload.ReadPageAsync()).MainText();
        Assert.Contains("Se guardaron 4 cifras de referencia.", listed, StringComparison.Ordinal);
        Assert.Contains("2019 Nacional 22.384.482 1.643.849", listed, StringComparison.Ordinal);
        Assert.Contains("2019 Antioquia 3.067.094 197.044", listed, StringComparison.Ordinal);

        var text = await ReportPdf.WaveReportTextAsync(factory, third, $"nacional-{third.Code}.pdf");

        // Employment: II 110.884 of 22.528.856 (0,49 %); III 500.000 + 80.836 + 1.955 = 582.791 of 22.384.482 (2,60 %).
        Assert.Contains("Nacional 110.884 0,5 % 582.791 22.384.482 2,6 %", text, StringComparison.Ordinal);
        // Antioquia: 500.000 of 3.067.094 = 16,30 %; Risaralda has no reference; Arauca's 28 is in thousands: 6.982 %.
        Assert.Contains("Antioquia 110.884 — 500.000 3.067.094 16,3 %", text, StringComparison.Ordinal);
        Assert.Contains("Arauca Sin registro — 1.955 28 Revisar cifra", text, StringComparison.Ordinal);
        Assert.Contains("Risaralda Sin registro — 80.836 Sin referencia —", text, StringComparison.Ordinal);
        // Firms: 12.000 + 600 + 84 = 12.684 of 1.643.849 = 0,77 %.
        Assert.Contains("Nacional 1.000 0,1 % 12.684 1.643.849 0,8 %", text, StringComparison.Ordinal);
        Assert.Contains("Las empresas vinculadas a las iniciativas cluster alcanzaron el 0,8 % de participación nacional en 2019.", text, StringComparison.Ordinal);
        Assert.Contains("probablemente está en otra unidad", text, StringComparison.Ordinal);
        Assert.DoesNotContain("6.982", text, StringComparison.Ordinal);

        // Wave over wave: 1 then 3 categorized initiatives, 110.884 then 582.791 jobs; no medium or large firm in either.
        Assert.Contains($"Indicadores principales frente a la {second.Name}", text, StringComparison.Ordinal);
        Assert.Contains("Iniciativas categorizadas 1 3 +2", text, StringComparison.Ordinal);
        Assert.Contains("Empleos en las empresas participantes 110.884 582.791 +471.907", text, StringComparison.Ordinal);
        // The categorization sets each level's previous share, this wave's and the change side by side: all Nivel 1 in both.
        Assert.Contains("Cambio (p. p.)", text, StringComparison.Ordinal);
        Assert.Contains("Tamaño de empresas 100 % 100 % 0 0 % 0 % 0 0 % 0 % 0 3", text, StringComparison.Ordinal);
    }
}
