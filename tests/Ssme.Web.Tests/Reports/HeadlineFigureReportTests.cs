using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Common;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.TestData;
using Ssme.Web.Features.Reports;
using Ssme.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ssme.Web.Tests.Reports;

/// <summary>The SPEC §12 headline figures as the PDF prints them, on four initiatives worked out by hand.</summary>
public sealed class HeadlineFigureReportTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task The_wave_report_prints_every_headline_figure_with_the_seeds_definitions()
    {
        var wave = await factory.CreateWaveAsync(year: 2019);
        var answers = FourInitiatives(wave.Code);
        await factory.AddSubmissionsAsync(wave, answers, _ => SubmissionStatus.Accepted);

        var text = await ReportPdf.WaveReportTextAsync(factory, wave, $"cifras-{wave.Code}.pdf");

        // Firms: 100 + 80 + 81 + 5.030 = 5.291 participating; active 90 + 60 + 60 + 90 = 300 (5,67 %); impacted 70 + 0 + 5 + 1 = 76 (1,44 %).
        Assert.Contains("Participantes en la iniciativa cluster 5.291 100 %", text, StringComparison.Ordinal);
        Assert.Contains("Con participación activa dentro de la iniciativa 300 6 %", text, StringComparison.Ordinal);
        Assert.Contains("Impactadas por la iniciativa 76 1 %", text, StringComparison.Ordinal);
        Assert.Contains("4.000 empleos generados", text, StringComparison.Ordinal);

        // A, C and D have impacted firms; B names capacitación with none impacted. Capacitación 1 of 3, I+D+i 2 of 3.
        Assert.Contains("Empresarial: 3 iniciativas cluster impactan a 76 de sus empresas participantes", text, StringComparison.Ordinal);
        Assert.Contains("Capacitación y re-entrenamiento del talento humano de las empresas 1 33 %", text, StringComparison.Ordinal);

        // Medium 10 and large 11 of 5.291 firms: below 1 %, never "0 %".
        Assert.Contains("Mediana 10 < 1 %", text, StringComparison.Ordinal);
        Assert.Contains("Grande 11 < 1 %", text, StringComparison.Ordinal);
        Assert.Contains("El 50 % de las iniciativas cluster tiene al menos una empresa mediana o grande", text, StringComparison.Ordinal);

        // Governance: assembly A, B (active A); board B, C (active B); active advisory body A, B.
        Assert.Contains("El 50 % de las iniciativas cluster presenta un órgano asesor (asamblea general o consejo asesor) activo en la toma de decisiones.", text, StringComparison.Ordinal);
        Assert.Contains("Cuentan con asamblea general: 50 %; asamblea general activa: 25 %.", text, StringComparison.Ordinal);
        Assert.Contains("Cuentan con consejo asesor: 50 %; consejo asesor activo: 25 %.", text, StringComparison.Ordinal);

        // Collaboration: any A, B, D; spontaneous A, D; manager-driven B.
        Assert.Contains("Colaboración: del 75 % de iniciativas que tiene entre sus participantes una relación colaborativa, el 50 % lo hace de manera espontánea, mientras el 25 % depende de las dinámicas impulsadas por el gerente cluster.", text, StringComparison.Ordinal);

        // Financing: > 24 months A (36), C (25); opex 40 / 160 / 150 pesos, firms 150 of 350 = 42,86 %; projects firms 360 of 400.
        Assert.Contains("El 50 % de las iniciativas cluster tiene garantizada una sostenibilidad financiera mayor a 24 meses.", text, StringComparison.Ordinal);
        Assert.Contains("Empresas participantes $ 150 43 % $ 360 90 %", text, StringComparison.Ordinal);
        Assert.Contains("Las empresas participantes aportan el 43 % de los recursos de la estructura operativa y el 90 % de los recursos para proyectos.", text, StringComparison.Ordinal);

        // Focus: (90 + 30 + 0 + 41) / 4 = 40,25 % intercluster, 59,75 % sectorial. Activities 8 / 8 / 24 of 40.
        Assert.Contains("Intercluster: 40 %", text, StringComparison.Ordinal);
        Assert.Contains("Sectorial: 60 %", text, StringComparison.Ordinal);
        Assert.Contains("Relacionamiento, negocios y conocimiento 24 60 %", text, StringComparison.Ordinal);

        // Chart axes count the Colombian way too: the firm-size chart reaches 5.150 micro firms.
        Assert.DoesNotMatch(@"\b\d{1,3},\d{3}\b", text);
        Assert.Contains("3.000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wave_without_categorized_initiatives_says_so_once_and_skips_the_empty_sections()
    {
        var wave = await factory.CreateWaveAsync(year: 2030);
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(2, seed: 151, tag: wave.Code), _ => SubmissionStatus.Draft);

        var text = await ReportPdf.WaveReportTextAsync(factory, wave, $"cifras-{wave.Code}.pdf");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "no tiene iniciativas categorizadas"));
        Assert.Contains("Anexo: valores de las variables de categorización", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dimensión 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dimensión 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("—", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_earlier_wave_report_has_no_column_for_a_later_wave()
    {
        using var own = new SsmeAppFactory();
        var wave = await own.CreateWaveAsync(year: 2019, open: false);
        await own.AddSubmissionsAsync(wave, FourInitiatives(wave.Code), _ => SubmissionStatus.Accepted);
        var later = await own.CreateWaveAsync(year: 2023);
        await own.AddSubmissionsAsync(later, FourInitiatives(later.Code), _ => SubmissionStatus.Accepted);

        var text = await ReportPdf.WaveReportTextAsync(own, wave, $"cifras-{wave.Code}.pdf");

        Assert.DoesNotContain(later.Name, text, StringComparison.Ordinal);
    }

    /// <summary>The same four initiatives as the domain's HeadlineFiguresTests.</summary>
    private static Answers[] FourInitiatives(string tag)
    {
        var answers = SyntheticAnswers.Create(4, seed: 150, tag: tag).Select(a => a with
        {
            HasPeriodData = true,
            Department = "05",
            FirmsMicro = 50,
            FirmsSmall = 30,
            FirmsMedium = 10,
            FirmsLarge = 10,
            FirmsActive = 90,
            Employment = 1_000,
            ActivitiesBusiness = 2,
            ActivitiesEnvironment = 2,
            ActivitiesNetworking = 6,
            OpexPublicCop = new Cop(10m),
            OpexPrivateCop = new Cop(40m),
            OpexFirmsCop = new Cop(50m),
            ProjectsPublicCop = new Cop(0m),
            ProjectsPrivateCop = new Cop(10m),
            ProjectsFirmsCop = new Cop(90m),
        }).ToArray();
        answers[0] = answers[0] with { FirmsImpacted = 70, ImpactsBusiness = BusinessImpacts.Capacitacion | BusinessImpacts.Idi, GeneralAssembly = GeneralAssemblyStatus.Met, AdvisoryBoard = AdvisoryBoardStatus.None, Collaboration = CollaborationType.Spontaneous, FocusInterclusterPct = new Percent(90m), SustainabilityMonths = 36 };
        answers[1] = answers[1] with { FirmsMedium = 0, FirmsLarge = 0, FirmsActive = 60, FirmsImpacted = 0, ImpactsBusiness = BusinessImpacts.Capacitacion, GeneralAssembly = GeneralAssemblyStatus.NoMeeting, AdvisoryBoard = AdvisoryBoardStatus.Periodic, Collaboration = CollaborationType.ManagerDriven, FocusInterclusterPct = new Percent(30m), SustainabilityMonths = 24 };
        answers[2] = answers[2] with { FirmsMedium = 0, FirmsLarge = 1, FirmsActive = 60, FirmsImpacted = 5, ImpactsBusiness = BusinessImpacts.Idi, GeneralAssembly = GeneralAssemblyStatus.None, AdvisoryBoard = AdvisoryBoardStatus.Irregular, Collaboration = CollaborationType.None, FocusInterclusterPct = new Percent(0m), SustainabilityMonths = 25 };
        answers[3] = answers[3] with { FirmsMicro = 5_000, FirmsMedium = 0, FirmsLarge = 0, FirmsImpacted = 1, ImpactsBusiness = BusinessImpacts.None, GeneralAssembly = GeneralAssemblyStatus.None, AdvisoryBoard = AdvisoryBoardStatus.None, Collaboration = CollaborationType.Spontaneous, FocusInterclusterPct = new Percent(41m), SustainabilityMonths = 12, OpexFirmsCop = new Cop(0m) };
        return answers;
    }
}
