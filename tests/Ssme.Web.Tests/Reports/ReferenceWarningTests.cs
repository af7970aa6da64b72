using Ssme.Domain.Submissions;
using Ssme.TestData;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Reports;

public sealed class ReferenceWarningTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Loading_a_reference_that_gives_a_share_above_100_percent_saves_it_and_names_department_year_and_share()
    {
        var wave = await factory.CreateWaveAsync(year: 2031);
        var answers = SyntheticAnswers.Create(2, seed: 171, tag: wave.Code).Select(a => a with { HasPeriodData = true, Department = "81", FirmsSmall = 0, FirmsMedium = 0, FirmsLarge = 0, FirmsActive = 0, FirmsImpacted = 0 }).ToArray();
        answers[0] = answers[0] with { Employment = 1_000, FirmsMicro = 40 };
        answers[1] = answers[1] with { Employment = 955, FirmsMicro = 44 };
        await factory.AddSubmissionsAsync(wave, answers, _ => SubmissionStatus.Accepted);
        var admin = await factory.AdminClientAsync();
        var page = await admin.GetPageAsync("/admin/referencia");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var upload = await ReportPdf.UploadReferenceAsync(admin, token, "department,year,occupied_population,registered_firms\r\nArauca,2031,28,150000\r\n");

        var text = (await upload.ReadPageAsync()).MainText();
        Assert.Contains("Se guardaron 1 cifras de referencia.", text, StringComparison.Ordinal);
        // 1.000 + 955 = 1.955 jobs against 28 occupied: 6.982,14 % → "6.982,1 %". Firms 84 of 150.000 are fine.
        Assert.Contains("Arauca, 2031: el empleo de las iniciativas (1.955) es el 6.982,1 % de la población ocupada cargada (28).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2031: las empresas", text, StringComparison.Ordinal);
        Assert.Contains("2031 Arauca 28 150.000", text, StringComparison.Ordinal);
    }
}
