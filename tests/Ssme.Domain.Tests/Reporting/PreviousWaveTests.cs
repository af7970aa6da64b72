using Ssme.Domain.History;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Tests.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Reporting;

/// <summary>Which wave is "the previous wave" of a report, and what is compared with it when it is known only by its published figures.</summary>
public sealed class PreviousWaveTests
{
    private static readonly Actor Analyst = new("a", "Analista");
    private static readonly Wave First = Wave.Create(WaveCode.Parse("I"), "I Ola", 2016, new DateOnly(2017, 2, 1), new DateOnly(2017, 3, 31));
    private static readonly Wave Second = Wave.Create(WaveCode.Parse("II"), "II Ola", 2018, new DateOnly(2019, 2, 1), new DateOnly(2019, 3, 31));
    private static readonly Wave Third = Wave.Create(WaveCode.Parse("III"), "III Ola", 2019, new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 31));

    [Fact]
    public void A_department_only_the_previous_wave_had_keeps_its_row_with_sin_registro_for_this_wave()
    {
        // II Ola: Antioquia 1.324 jobs, Caldas 700; III Ola: only Antioquia. Caldas stays, its III Ola figures "Sin registro".
        List<ReportEntry> second = [Entry("05", 1_324, 10), Entry("17", 700, 4)];
        List<ReportEntry> third = [Entry("05", 2_000, 12)];

        var regional = WaveReport.Build(Third, SampleAnswers.Ssme2020, third, [(Second, second), (Third, third)], []).Regional;

        Assert.Equal(["Antioquia", "Caldas"], regional.Departments.Select(row => row.Name));
        var caldas = regional.Departments.Single(row => row.Name == "Caldas");
        Assert.False(caldas.InWave);
        Assert.Equal(700, caldas.PreviousEmployment!.Initiatives);
        Assert.Equal(4, caldas.PreviousFirms!.Initiatives);
        Assert.True(regional.Departments.Single(row => row.Name == "Antioquia").InWave);
    }

    [Fact]
    public void A_wave_known_only_by_its_published_figures_is_the_previous_wave_when_it_is_the_latest_earlier()
    {
        // I Ola (2016) has submissions; II Ola (2018) only published figures: 57 initiatives, 110.884 jobs, 9.000 firms,
        // 40 % services. The III Ola (2019): two initiatives in services, 2 × 1.000 jobs, 2 × 100 firms.
        List<ReportEntry> first = [Entry("05", 50, 5)];
        List<ReportEntry> third = [Entry("05", 1_000, 100), Entry("05", 1_000, 100)];
        List<HistoricalFigure> history =
        [
            Figure(HistoryRules.Initiatives, 57),
            Figure(HistoryRules.Employment, 110_884),
            Figure(HistoryRules.Firms, 9_000),
            Figure("macrosector_servicios_pct", 40),
        ];

        var report = WaveReport.Build(Third, SampleAnswers.Ssme2020, third, [(First, first), (Third, third)], [], history: history);

        var changes = report.Changes!;
        Assert.Equal("II Ola", changes.Previous.Name);
        Assert.False(changes.HasCategorization);
        Assert.Equal(("57", "2", "−55"), Row(changes, "Iniciativas categorizadas"));
        Assert.Equal(("9.000", "200", "−8.800"), Row(changes, "Empresas participantes"));
        Assert.Equal(("110.884", "2.000", "−108.884"), Row(changes, "Empleos en las empresas participantes"));
        // Services 40 % → 100 % (both initiatives): +60 p. p.; manufacturing was not published.
        Assert.Equal(("40 %", "100 %", "+60 p. p."), Row(changes, "Macrosector Servicios (% de iniciativas)"));
        Assert.Equal(("Sin registro", "0 %", "—"), Row(changes, "Macrosector Manufactura (% de iniciativas)"));
        Assert.Equal(("Sin registro", "100 %", "—"), Row(changes, "Órgano asesor activo"));
        Assert.All(changes.Variables, change => Assert.Equal(["Sin registro", "Sin registro", "Sin registro"], change.PreviousTexts));
        Assert.Equal("II Ola", report.Regional.Previous!.Name);
    }

    [Fact]
    public void A_wave_with_submissions_stays_the_previous_wave_when_the_published_one_is_older()
    {
        List<ReportEntry> second = [Entry("05", 50, 5)];
        List<ReportEntry> third = [Entry("05", 1_000, 100)];
        List<HistoricalFigure> history = [new(new HistoryRow("I", "I Ola", 2016, HistoryRules.Initiatives, HistoryRules.TotalCode, 61))];

        var changes = WaveReport.Build(Third, SampleAnswers.Ssme2020, third, [(Second, second), (Third, third)], [], history: history).Changes!;

        Assert.Equal("II Ola", changes.Previous.Name);
        Assert.True(changes.HasCategorization);
        Assert.Equal(("1", "1", "0"), Row(changes, "Iniciativas categorizadas"));
    }

    private static HistoricalFigure Figure(string figure, decimal value) => new(new HistoryRow("II", "II Ola", 2018, figure, HistoryRules.TotalCode, value));

    private static (string, string, string) Row(WaveChanges changes, string label)
    {
        var indicator = changes.Indicators.Single(item => item.Label == label);
        return (indicator.Previous, indicator.Current, indicator.Change);
    }

    private static ReportEntry Entry(string department, int employment, int micro)
    {
        var answers = SampleAnswers.AllConsolidated() with { Department = department, Macrosector = Macrosector.Servicios, Employment = employment, FirmsMicro = micro, FirmsSmall = 0, FirmsMedium = 0, FirmsLarge = 0, FirmsActive = 0, FirmsImpacted = 0 };
        var submission = new Submission(1, 1, answers, DateTimeOffset.UnixEpoch);
        submission.SetStatusByImport(SubmissionStatus.Accepted, Analyst, DateTimeOffset.UnixEpoch, "prueba");
        return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(department), null), submission);
    }
}
