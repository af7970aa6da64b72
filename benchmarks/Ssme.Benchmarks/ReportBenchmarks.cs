using BenchmarkDotNet.Attributes;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Narrative;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Reports;
using Ssme.TestData;

namespace Ssme.Benchmarks;

/// <summary>The wave report from loaded data to PDF bytes: the figures, the layout and the rendering.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private WaveReportInput _input = null!;

    [Params(76, 10_000)]
    public int Submissions { get; set; }

    [GlobalSetup]
    public void Setup() => _input = WaveReportInput.Create(Submissions);

    [Benchmark]
    public long RenderWaveReport() => _input.Render();
}

/// <summary>A wave as the database would hand it over, without the database.</summary>
public sealed class WaveReportInput
{
    private static readonly Actor Analyst = new("benchmark", "Benchmark");

    private WaveReportInput(Wave wave, MethodologyDefinition methodology, List<ReportEntry> entries)
    {
        Wave = wave;
        Methodology = methodology;
        Entries = entries;
    }

    public Wave Wave { get; }

    public MethodologyDefinition Methodology { get; }

    public List<ReportEntry> Entries { get; }

    /// <summary>The texts a first wave starts from, so the report has its table of contents and narrative chapters.</summary>
    public NarrativeTexts Narrative => NarrativeDefaults.StartingTexts(Wave, Methodology, previous: null);

    public static WaveReportInput Create(int submissions)
    {
        var wave = Wave.Create(WaveCode.Parse("BENCH"), "Ola de prueba", 2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31));
        var entries = SyntheticAnswers.Create(submissions).Select((answers, i) =>
        {
            var submission = new Submission(i, 0, answers, DateTimeOffset.UnixEpoch);
            submission.SetStatusByImport(i % 10 == 0 ? SubmissionStatus.Draft : SubmissionStatus.Accepted, Analyst, DateTimeOffset.UnixEpoch, "benchmark");
            return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(answers.Department!), null), submission);
        }).ToList();
        return new WaveReportInput(wave, MethodologyCatalog.LoadEmbedded().Get("ssme-2020"), entries);
    }

    /// <summary>Builds and renders the report; returns the PDF's size.</summary>
    public long Render()
    {
        var report = WaveReport.Build(Wave, Methodology, Entries, [(Wave, Entries)], []);
        using var output = new MemoryStream();
        WaveReportDocument.Write(report, Narrative, DateTimeOffset.UnixEpoch, output, CancellationToken.None);
        return output.Length;
    }
}
