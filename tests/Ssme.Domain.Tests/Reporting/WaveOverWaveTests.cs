using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Tests.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Reporting;

public sealed class WaveOverWaveTests
{
    private static readonly Actor Analyst = new("a", "Analista");
    private static readonly Wave Second = Wave.Create(WaveCode.Parse("II"), "II Ola", 2018, new DateOnly(2019, 2, 1), new DateOnly(2019, 3, 31));
    private static readonly Wave Third = Wave.Create(WaveCode.Parse("III"), "III Ola", 2019, new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 31));

    [Fact]
    public void The_categorization_table_and_main_indicators_carry_the_previous_wave_and_the_change()
    {
        // II Ola: 4 initiatives, strategy current / current / none / none → Nivel 1 50 %, Nivel 3 50 %; sustainability > 24 months 1 of 4 (25 %).
        // III Ola: 2 initiatives, strategy current / outdated → Nivel 2 50 %, Nivel 3 50 %; > 24 months 2 of 2 (100 %).
        List<ReportEntry> second =
        [
            Entry(a => a),
            Entry(a => a with { SustainabilityMonths = 6 }),
            Entry(a => a with { Strategy = StrategyStatus.None, SustainabilityMonths = 6 }),
            Entry(a => a with { Strategy = StrategyStatus.None, SustainabilityMonths = 6 }),
        ];
        List<ReportEntry> third = [Entry(a => a), Entry(a => a with { Strategy = StrategyStatus.Outdated })];

        var report = WaveReport.Build(Third, SampleAnswers.Ssme2020, third, [(Second, second), (Third, third)], []);

        var strategy = report.Changes!.Variables.Single(change => change.Variable.Code == "strategy");
        Assert.Equal(Second, report.Changes.Previous);
        Assert.Equal(["50 %", "0 %", "50 %"], strategy.PreviousTexts);
        Assert.Equal(["−50", "+50", "0"], strategy.ChangeTexts);
        var indicators = report.Changes.Indicators;
        Assert.Equal(("Iniciativas categorizadas", "4", "2", "−2"), Row(indicators[0]));
        var sustainability = indicators.Single(indicator => indicator.Label.StartsWith("Sostenibilidad financiera", StringComparison.Ordinal));
        Assert.Equal(("25 %", "100 %", "+75 p. p."), (sustainability.Previous, sustainability.Current, sustainability.Change));
    }

    [Fact]
    public void Without_an_earlier_wave_there_is_nothing_to_compare()
    {
        List<ReportEntry> third = [Entry(a => a)];

        Assert.Null(WaveReport.Build(Third, SampleAnswers.Ssme2020, third, [(Third, third)], []).Changes);
    }

    private static (string, string, string, string) Row(IndicatorChange indicator) => (indicator.Label, indicator.Previous, indicator.Current, indicator.Change);

    private static ReportEntry Entry(Func<Answers, Answers> change)
    {
        var answers = change(SampleAnswers.AllConsolidated());
        var submission = new Submission(1, 1, answers, DateTimeOffset.UnixEpoch);
        submission.SetStatusByImport(SubmissionStatus.Accepted, Analyst, DateTimeOffset.UnixEpoch, "prueba");
        return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(answers.Department!), null), submission);
    }
}
