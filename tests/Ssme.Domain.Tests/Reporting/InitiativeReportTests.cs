using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Tests.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Reporting;

public sealed class InitiativeReportTests
{
    private const int ThisInitiative = 7;
    private static readonly Actor Analyst = new("a", "Analista");
    private static readonly Wave First = Wave.Create(WaveCode.Parse("OLA1"), "I Ola", 2017, new DateOnly(2018, 2, 1), new DateOnly(2018, 3, 31));
    private static readonly Wave Second = Wave.Create(WaveCode.Parse("OLA2"), "II Ola", 2019, new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 31));
    private static readonly Wave Third = Wave.Create(WaveCode.Parse("OLA3"), "III Ola", 2020, new DateOnly(2021, 2, 1), new DateOnly(2021, 3, 31));
    private static readonly Wave Fourth = Wave.Create(WaveCode.Parse("OLA4"), "IV Ola", 2022, new DateOnly(2023, 2, 1), new DateOnly(2023, 3, 31));

    [Fact]
    public void Area_means_keep_their_decimals_and_the_overall_mean_averages_the_area_levels()
    {
        // Estrategia: 3 + 2 + 2 = 7 over 3 → 2,33…, Nivel 2; Enfoque: 3 + 1 → 2, Nivel 2.
        var answers = SampleAnswers.AllConsolidated() with
        {
            ActionPlan = ActionPlanStatus.NotUpdatedAnnually,
            StrategyParticipantsBusinessPct = new Common.Percent(50m),
            OverallProgressPct = new Common.Percent(10m),
        };
        var result = Categorizer.Categorize(answers, SampleAnswers.Ssme2020);

        Assert.Equal("2,33", Common.EsCo.Number(result.Area(2).Mean!.Value, 2));
        Assert.Equal(Level.Consolidating, result.Area(2).Level);
        Assert.Equal(2m, result.Area(1).Mean);
        Assert.Equal(22m / 8m, result.OverallMean);
        Assert.Equal(Level.Consolidated, result.Overall);
    }

    [Fact]
    public void The_previous_wave_is_the_latest_earlier_one_where_the_same_initiative_was_categorized()
    {
        var history = new List<(Wave, Submission)>
        {
            (First, Submission(ThisInitiative, SubmissionStatus.Accepted, a => a)),
            (Second, Submission(ThisInitiative, SubmissionStatus.Accepted, a => a with { SustainabilityMonths = 6 })),
            (Second, Submission(ThisInitiative + 1, SubmissionStatus.Accepted, a => a)),
            (Third, Submission(ThisInitiative + 1, SubmissionStatus.Accepted, a => a)),
            (Third, Submission(ThisInitiative, SubmissionStatus.Draft, a => a)),
            (Fourth, Submission(ThisInitiative, SubmissionStatus.Accepted, a => a)),
        };

        var found = PreviousWave.Find(Fourth, ThisInitiative, history);

        Assert.Same(Second, found!.Value.Wave);
        Assert.Equal(6, found.Value.Submission.Answers.SustainabilityMonths);
        Assert.Null(PreviousWave.Find(First, ThisInitiative, history));
    }

    [Fact]
    public void The_comparison_shows_the_change_per_variable_area_and_overall()
    {
        var before = Categorizer.Categorize(SampleAnswers.AllConsolidated() with { SustainabilityMonths = 6, ProjectsFirmsCop = new Common.Cop(0m) }, SampleAnswers.Ssme2020);
        var now = Categorizer.Categorize(SampleAnswers.AllConsolidated() with { SustainabilityMonths = 18 }, SampleAnswers.Ssme2020);

        var comparison = WaveComparison.Between(Second, before, now);

        var sustainability = comparison.Variables.Single(item => item.Label == "Sostenibilidad");
        Assert.Equal((Level.Basic, Level.Consolidating, 1), (sustainability.PreviousLevel!.Value, sustainability.CurrentLevel!.Value, sustainability.LevelChange!.Value));
        var funding = comparison.Areas.Single(item => item.Label == "7 Estrategia de financiación");
        Assert.Equal((5m / 3m, 8m / 3m, 1m), (funding.PreviousMean!.Value, funding.CurrentMean!.Value, funding.MeanChange!.Value));
        Assert.Equal(0, comparison.Overall.LevelChange);
    }

    [Fact]
    public void Peer_groups_smaller_than_five_categorized_initiatives_show_no_distribution()
    {
        var me = Entry(SubmissionStatus.Accepted, a => a with { Department = "05", Macrosector = Macrosector.Servicios, ManagingEntityType = ManagingEntityType.CamaraComercio });
        var entries = new List<ReportEntry> { me };
        entries.AddRange(Enumerable.Range(0, 4).Select(_ => Entry(SubmissionStatus.Accepted, a => a with { Department = "05", Macrosector = Macrosector.Manufactura, ManagingEntityType = ManagingEntityType.CamaraComercio })));
        entries.Add(Entry(SubmissionStatus.Draft, a => a with { Department = "05", Macrosector = Macrosector.Servicios, ManagingEntityType = ManagingEntityType.CamaraComercio }));
        entries.Add(Entry(SubmissionStatus.Accepted, a => a with { Department = "11", Macrosector = Macrosector.Servicios, ManagingEntityType = ManagingEntityType.Universidad }));

        var peers = PeerGroup.All(me, entries, SampleAnswers.Ssme2020);

        var department = peers.Single(group => group.Kind == "Departamento");
        Assert.Equal(("Antioquia", 5, 5), (department.Name, department.Categorized, department.Figures!.Overall.N));
        var macrosector = peers.Single(group => group.Kind == "Macrosector");
        Assert.Equal(("Servicios", 2), (macrosector.Name, macrosector.Categorized));
        Assert.Null(macrosector.Figures);
        var entityType = peers.Single(group => group.Kind == "Tipo de entidad gestora");
        Assert.Equal(5, entityType.Categorized);
        Assert.NotNull(entityType.Figures);
    }

    private static Submission Submission(int initiativeId, SubmissionStatus status, Func<Answers, Answers> change)
    {
        var submission = new Submission(initiativeId, 1, change(SampleAnswers.AllConsolidated()), DateTimeOffset.UnixEpoch);
        submission.SetStatusByImport(status, Analyst, DateTimeOffset.UnixEpoch, "prueba");
        return submission;
    }

    private static ReportEntry Entry(SubmissionStatus status, Func<Answers, Answers> change)
    {
        var submission = Submission(ThisInitiative, status, change);
        var answers = submission.Answers;
        return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(answers.Department!), null), submission);
    }
}
