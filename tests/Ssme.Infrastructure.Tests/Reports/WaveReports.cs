using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Narrative;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Reports;
using Ssme.TestData;
using UglyToad.PdfPig;

namespace Ssme.Infrastructure.Tests.Reports;

/// <summary>Builds a wave report from answers through the domain and renders it, for the PDF layout tests.</summary>
internal static class WaveReports
{
    public static readonly MethodologyDefinition Methodology = MethodologyCatalog.LoadEmbedded().Get(Wave.DefaultMethodologyVersion);

    public static Wave NewWave(string code = "III", int year = 2019) =>
        Wave.Create(WaveCode.Parse(code), $"{code} Ola", year, new DateOnly(year + 1, 2, 1), new DateOnly(year + 1, 3, 31));

    /// <summary>An initiative at Nivel 3 in every variable (the thresholds of methodology ssme-2020).</summary>
    public static Answers Consolidated(string name) => ConsolidatedAnswers.Create(name) with
    {
        ManagingEntityType = ManagingEntityType.CamaraComercio,
        Macrosector = Macrosector.Servicios,
    };

    /// <summary>An initiative at Nivel 1 in every variable it answers: nothing in place, no firm active, funded by nobody.</summary>
    public static Answers Basic(string name) => Consolidated(name) with
    {
        FocusInterclusterPct = new Percent(0m),
        OverallProgressPct = new Percent(0m),
        Strategy = StrategyStatus.None,
        StrategyParticipantsBusinessPct = new Percent(0m),
        ActionPlan = ActionPlanStatus.None,
        FirmsActive = 0,
        GeneralAssembly = GeneralAssemblyStatus.None,
        AdvisoryBoard = AdvisoryBoardStatus.None,
        ClusterManager = ClusterManagerStatus.None,
        TeamProfessionals = 0,
        WorkTables = WorkTablesStatus.None,
        ActivitiesBusiness = 0,
        ActivitiesEnvironment = 10,
        ActivitiesNetworking = 0,
        Collaboration = CollaborationType.None,
        OpexPublicCop = new Cop(100m),
        OpexPrivateCop = new Cop(0m),
        OpexFirmsCop = new Cop(0m),
        ProjectsPublicCop = new Cop(100m),
        ProjectsPrivateCop = new Cop(0m),
        ProjectsFirmsCop = new Cop(0m),
        SustainabilityMonths = 0,
        FirmsImpacted = 0,
    };

    public static ReportEntry Entry(Answers answers, SubmissionStatus status = SubmissionStatus.Accepted)
    {
        var submission = new Submission(1, 1, answers, DateTimeOffset.UnixEpoch);
        submission.SetStatusByImport(status, new Actor("a", "Analista"), DateTimeOffset.UnixEpoch, "prueba");
        return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(answers.Department!), null), submission);
    }

    public static byte[] Render(Wave wave, IReadOnlyList<ReportEntry> entries, IReadOnlyList<(Wave Wave, IReadOnlyList<ReportEntry> Entries)>? earlier = null, IReadOnlyList<Domain.History.HistoricalFigure>? history = null)
    {
        var report = WaveReport.Build(wave, Methodology, entries, [.. earlier ?? [], (wave, entries)], [], history: history);
        using var output = new MemoryStream();
        WaveReportDocument.Write(report, NarrativeTexts.Empty, DateTimeOffset.UnixEpoch, output, CancellationToken.None);
        Keep(output.ToArray(), $"{wave.Code}-{entries.Count}.pdf");
        return output.ToArray();
    }

    /// <summary>Every page's words, one space apart, as a person copying the text would read them.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(page => string.Join(' ', UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(page).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }

    /// <summary>With SSME_KEEP_PDF naming a folder, keeps the PDF there to look at (scripts/render-pdf-page.sh).</summary>
    private static void Keep(byte[] pdf, string name)
    {
        if (Environment.GetEnvironmentVariable("SSME_KEEP_PDF") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        }
    }
}
