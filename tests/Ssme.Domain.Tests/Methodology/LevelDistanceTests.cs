using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using static Ssme.Domain.Tests.Methodology.SampleAnswers;

namespace Ssme.Domain.Tests.Methodology;

public sealed class LevelDistanceTests
{
    [Theory]
    [InlineData(599, 2, "Nivel 2 requiere 60 % < x < 80 %: faltan 2 empresas activas")]
    [InlineData(600, 2, "Nivel 2 requiere 60 % < x < 80 %: falta 1 empresa activa")]
    [InlineData(601, 3, "Nivel 3 requiere x ≥ 80 %: faltan 199 empresas activas")]
    [InlineData(799, 3, "Nivel 3 requiere x ≥ 80 %: falta 1 empresa activa")]
    public void Active_firms_out_of_1000_count_the_firms_still_missing(int active, int target, string text)
    {
        var distance = Distance(WithActiveFirms(1000, active), "active_firms")!;

        Assert.Equal((Level)target, distance.Target);
        Assert.Equal(text, distance.Text);
    }

    [Fact]
    public void Exactly_60_percent_active_is_Nivel_1_and_one_more_firm_reaches_Nivel_2()
    {
        var answers = WithActiveFirms(100, 60);

        Assert.Equal(Level.Basic, LevelOf(answers, "active_firms"));
        Assert.Equal(1m, Distance(answers, "active_firms")!.Amount);
        Assert.Equal(Level.Consolidating, LevelOf(answers with { FirmsActive = 61 }, "active_firms"));
    }

    [Theory]
    [InlineData(11, 2, "Nivel 2 requiere 12 ≤ m ≤ 24: falta 1 mes de sostenibilidad")]
    [InlineData(12, 3, "Nivel 3 requiere m > 24: faltan 13 meses de sostenibilidad")]
    [InlineData(21, 3, "Nivel 3 requiere m > 24: faltan 4 meses de sostenibilidad")]
    [InlineData(24, 3, "Nivel 3 requiere m > 24: falta 1 mes de sostenibilidad")]
    public void Months_of_sustainability_count_from_12_and_beyond_24(int months, int target, string text)
    {
        var distance = Distance(AllConsolidated() with { SustainabilityMonths = months }, "sustainability")!;

        Assert.Equal((Level)target, distance.Target);
        Assert.Equal(text, distance.Text);
    }

    [Fact]
    public void Nivel_3_has_no_distance() =>
        Assert.All(Categorizer.Categorize(AllConsolidated(), Ssme2020).Variables, variable => Assert.Null(variable.DistanceToNextLevel));

    [Fact]
    public void Zero_denominators_and_missing_answers_give_no_distance()
    {
        var answers = AllConsolidated() with
        {
            FirmsMicro = 0,
            FirmsSmall = 0,
            FirmsMedium = 0,
            FirmsLarge = 0,
            FirmsActive = 0,
            FirmsImpacted = 0,
            ActivitiesBusiness = 0,
            ActivitiesEnvironment = 0,
            ActivitiesNetworking = 0,
            OpexPublicCop = Cop.Zero,
            OpexPrivateCop = Cop.Zero,
            OpexFirmsCop = Cop.Zero,
            ProjectsPublicCop = null,
            ProjectsPrivateCop = null,
            ProjectsFirmsCop = null,
            SustainabilityMonths = null,
            Strategy = null,
        };
        var result = Categorizer.Categorize(answers, Ssme2020);

        foreach (var code in new[] { "active_firms", "business_impact", "activities", "operating_funding", "project_funding", "sustainability", "strategy" })
        {
            Assert.Null(result.Variable(code).Level);
            Assert.Null(result.Variable(code).DistanceToNextLevel);
        }
    }

    [Fact]
    public void A_choice_names_the_answer_that_reaches_the_next_level()
    {
        var distance = Distance(AllConsolidated() with { ClusterManager = ClusterManagerStatus.PartTime }, "cluster_manager")!;

        Assert.Equal(Level.Consolidated, distance.Target);
        Assert.Equal(["full_time_formal"], distance.ChoiceCodes);
        Assert.StartsWith("Nivel 3 requiere: ", distance.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_answer_with_an_open_bound_asks_for_more_than_the_gap()
    {
        var atBound = Distance(AllConsolidated() with { FocusInterclusterPct = new Percent(20m) }, "focus")!;
        var justBelow = Distance(AllConsolidated() with { FocusInterclusterPct = new Percent(12.5m) }, "focus")!;
        var below = Distance(AllConsolidated() with { FocusInterclusterPct = new Percent(62.5m) }, "focus")!;

        Assert.Equal("Nivel 2 requiere 20 % < x < 80 %: falta superar el 20 % de enfoque intercluster", atBound.Text);
        Assert.Equal("Nivel 2 requiere 20 % < x < 80 %: faltan más de 7,5 puntos porcentuales de enfoque intercluster", justBelow.Text);
        Assert.Equal("Nivel 3 requiere x ≥ 80 %: faltan 17,5 puntos porcentuales de enfoque intercluster", below.Text);
    }

    [Fact]
    public void Pesos_are_the_smallest_whole_amount_from_the_named_source()
    {
        // 20 of 100 from firms is Nivel 1; (20 + k) / (100 + k) > 20 % needs k > 0, so 1 peso.
        var answers = AllConsolidated() with { ProjectsFirmsCop = new Cop(20m), ProjectsPublicCop = new Cop(80m), ProjectsPrivateCop = Cop.Zero };
        var distance = Distance(answers, "project_funding")!;

        Assert.Equal(1m, distance.Amount);
        Assert.Equal("Nivel 2 requiere 20 % < x < 80 %: faltan $ 1 de recursos de las empresas participantes para proyectos", distance.Text);
    }

    private static LevelDistance? Distance(Answers answers, string variable) =>
        Categorizer.Categorize(answers, Ssme2020).Variable(variable).DistanceToNextLevel;

    internal static Answers WithActiveFirms(int participating, int active) =>
        AllConsolidated() with { FirmsMicro = participating - 20, FirmsSmall = 0, FirmsMedium = 10, FirmsLarge = 10, FirmsActive = active };
}
