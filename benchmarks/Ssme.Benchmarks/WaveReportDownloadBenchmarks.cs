using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Narrative;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.TestData;
using Ssme.Web.Features.Reports;

namespace Ssme.Benchmarks;

/// <summary>
/// The wave report as an administrator's download or the <c>publish</c> verb gets it: the app's
/// services in-process on a SQLite file, from reading the submissions and the texts to the PDF
/// bytes. The goals: 76 submissions (the III Ola) under 300 ms, 10 000 under 3 s.
/// </summary>
[MemoryDiagnoser]
public class WaveReportDownloadBenchmarks : IDisposable
{
    private BenchmarkHost _host = null!;
    private int _waveId;

    [Params(76, 10_000)]
    public int Submissions { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BenchmarkHost();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SsmeDbContext>();
        var categorizer = scope.ServiceProvider.GetRequiredService<SubmissionCategorizer>();
        var wave = Wave.Create(WaveCode.Parse("III"), "III Ola", 2019, new DateOnly(2020, 10, 23), new DateOnly(2020, 11, 25));
        wave.Open();
        db.Waves.Add(wave);
        await db.SaveChangesAsync();
        var answers = SyntheticAnswers.Create(Submissions);
        var initiatives = answers.Select(item => new Initiative(item.InitiativeName!, Department.FromCode(item.Department!), null)).ToList();
        db.Initiatives.AddRange(initiatives);
        await db.SaveChangesAsync();
        var actor = new Actor("benchmark", "Benchmark");
        for (var i = 0; i < Submissions; i++)
        {
            var submission = new Submission(initiatives[i].Id, wave.Id, answers[i], DateTimeOffset.UtcNow);
            submission.SetStatusByImport(i % 10 == 0 ? SubmissionStatus.Draft : SubmissionStatus.Accepted, actor, DateTimeOffset.UtcNow, "benchmark");
            categorizer.Refresh(submission, wave);
            db.Submissions.Add(submission);
        }

        var texts = NarrativeDefaults.StartingTexts(wave, categorizer.Methodology(wave), previous: null)
            .With(NarrativeSection.Conclusions, string.Join("\n\n", Enumerable.Repeat("La débil participación de los empresarios en las actividades y en la **financiación** de las iniciativas *cluster* impulsa las barreras para la implementación de las estrategias.", 6)))
            .With(NarrativeSection.Recommendations, string.Join('\n', Enumerable.Repeat("- Fomentar la participación activa de los empresarios dentro de las iniciativas.", 9)));
        db.WaveNarratives.Add(new WaveNarrative(wave.Id, texts, actor, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        _waveId = wave.Id;
    }

    [Benchmark]
    public async Task<long> DownloadWaveReport()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ReportHandler>().WaveReportAsync(_waveId, CancellationToken.None);
        return report.Value.Content.Length;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        GC.SuppressFinalize(this);
    }
}
