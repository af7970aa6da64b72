using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Tests.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Reporting;

public sealed class WaveReportTests
{
    private static readonly Actor Analyst = new("a", "Analista");
    private static readonly Wave Earlier = Wave.Create(WaveCode.Parse("OLA1"), "Ola 1", 2019, new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 31));
    private static readonly Wave Later = Wave.Create(WaveCode.Parse("OLA2"), "Ola 2", 2020, new DateOnly(2021, 2, 1), new DateOnly(2021, 3, 31));

    [Fact]
    public void Macrosector_shares_count_each_waves_categorized_initiatives_that_name_a_macrosector()
    {
        List<ReportEntry> later =
        [
            Entry(SubmissionStatus.Accepted, a => a.Macrosector = Macrosector.Servicios),
            Entry(SubmissionStatus.Submitted, a => a.Macrosector = Macrosector.Servicios),
            Entry(SubmissionStatus.Accepted, a => a.Macrosector = Macrosector.Agroindustria),
            Entry(SubmissionStatus.Draft, a => a.Macrosector = Macrosector.Manufactura),
            Entry(SubmissionStatus.Accepted, a => a.Macrosector = null),
        ];

        var report = WaveReport.Build(Later, SampleAnswers.Ssme2020, later, [(Later, later), (Earlier, [])], []);

        Assert.Equal([Earlier, Later], report.Participation.Waves.Select(summary => summary.Wave));
        Assert.Equal(["Servicios", "Manufactura", "Agroindustria"], report.Profile.Macrosectors.Select(row => row.Label));
        Assert.All(report.Profile.Macrosectors, row => Assert.Null(row.PerWave[0].Percent));
        Assert.Equal([(2L, 3L, 67), (0L, 3L, 0), (1L, 3L, 33)], report.Profile.Macrosectors.Select(row => (row.PerWave[1].Count, row.PerWave[1].Of, row.PerWave[1].Percent!.Value)));
    }

    private static ReportEntry Entry(SubmissionStatus status, Action<Answers> change)
    {
        var answers = SampleAnswers.AllConsolidated();
        change(answers);
        var submission = new Submission(1, 1, answers, DateTimeOffset.UnixEpoch);
        submission.SetStatusByImport(status, Analyst, DateTimeOffset.UnixEpoch, "prueba");
        return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(answers.Department!), null), submission);
    }
}
