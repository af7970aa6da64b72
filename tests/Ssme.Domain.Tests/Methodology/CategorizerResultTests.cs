using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using static Ssme.Domain.Tests.Methodology.SampleAnswers;

namespace Ssme.Domain.Tests.Methodology;

public sealed class CategorizerResultTests
{
    [Fact]
    public void The_definition_has_the_8_areas_and_18_variables_of_the_annex()
    {
        Assert.Equal(8, Ssme2020.Areas.Count);
        Assert.Equal(
            ["focus", "overall_progress", "strategy", "strategy_participants", "action_plan", "active_firms", "firm_size", "general_assembly", "advisory_board", "cluster_manager", "management_team", "work_tables", "activities", "collaboration", "operating_funding", "project_funding", "sustainability", "business_impact"],
            Ssme2020.Variables.Select(variable => variable.Code));
        Assert.Equal("4 Gobernanza", Ssme2020.Variable("general_assembly").Area.Title);
    }

    [Fact]
    public void A_fully_consolidated_initiative_is_nivel_3_everywhere()
    {
        var result = Categorizer.Categorize(AllConsolidated(), Ssme2020);

        Assert.All(result.Variables, variable => Assert.Equal(Level.Consolidated, variable.Level));
        Assert.All(result.Areas, area => Assert.Equal(Level.Consolidated, area.Level));
        Assert.Equal(Level.Consolidated, result.Overall);
    }

    [Fact]
    public void No_participating_firms_gives_sin_dato_and_is_left_out_of_the_area_mean()
    {
        var answers = AllConsolidated() with
        {
            FirmsMicro = 0,
            FirmsSmall = 0,
            FirmsMedium = 0,
            FirmsLarge = 0,
            FirmsActive = 0,
            FirmsImpacted = 0,
        };

        var result = Categorizer.Categorize(answers, Ssme2020);

        Assert.Null(result.Variable("active_firms").Level);
        Assert.Null(result.Variable("business_impact").Level);
        Assert.Contains("Sin dato", result.Variable("active_firms").Explanation, StringComparison.Ordinal);
        Assert.Contains("no reporta empresas participantes", result.Variable("active_firms").Explanation, StringComparison.Ordinal);
        Assert.Equal(Level.Basic, result.Variable("firm_size").Level);
        Assert.Equal(Level.Basic, result.Area(3).Level);
        Assert.Equal(1, result.Area(3).VariablesWithLevel);
        Assert.Null(result.Area(8).Level);
        Assert.Equal(Level.Consolidated, result.Overall);
    }

    [Fact]
    public void No_activities_and_no_funding_give_sin_dato()
    {
        var answers = AllConsolidated() with
        {
            ActivitiesBusiness = 0,
            ActivitiesEnvironment = 0,
            ActivitiesNetworking = 0,
            ProjectsPublicCop = Cop.Zero,
            ProjectsPrivateCop = Cop.Zero,
            ProjectsFirmsCop = Cop.Zero,
            OpexPublicCop = Cop.Zero,
            OpexPrivateCop = Cop.Zero,
            OpexFirmsCop = Cop.Zero,
        };

        var result = Categorizer.Categorize(answers, Ssme2020);

        Assert.Null(result.Variable("activities").Level);
        Assert.Null(result.Variable("operating_funding").Level);
        Assert.Null(result.Variable("project_funding").Level);
        Assert.Equal(Level.Consolidated, result.Area(7).Level);
        Assert.Null(result.Area(5).Level);
    }

    [Fact]
    public void Area_means_round_half_up()
    {
        var answers = AllConsolidated() with
        {
            FocusInterclusterPct = new Percent(50m),
            OverallProgressPct = new Percent(90m),
            Strategy = StrategyStatus.None,
            StrategyParticipantsBusinessPct = new Percent(50m),
            ActionPlan = ActionPlanStatus.NotUpdatedAnnually,
            FirmsActive = 10,
            FirmsMedium = 1,
            FirmsLarge = 0,
        };

        var result = Categorizer.Categorize(answers, Ssme2020);

        Assert.Equal(Level.Consolidated, result.Area(1).Level);
        Assert.Equal(Level.Consolidating, result.Area(2).Level);
        Assert.Equal(Level.Consolidating, result.Area(3).Level);
    }

    [Fact]
    public void The_overall_level_is_the_half_up_mean_of_the_area_levels()
    {
        var answers = AllConsolidated() with
        {
            FocusInterclusterPct = new Percent(10m),
            OverallProgressPct = new Percent(10m),
            Strategy = StrategyStatus.None,
            StrategyParticipantsBusinessPct = new Percent(10m),
            ActionPlan = ActionPlanStatus.None,
            FirmsActive = 10,
            FirmsMedium = 0,
            FirmsLarge = 0,
            ActivitiesNetworking = 0,
        };

        var result = Categorizer.Categorize(answers, Ssme2020);

        Assert.Equal([Level.Basic, Level.Basic, Level.Basic, Level.Consolidated, Level.Basic, Level.Consolidated, Level.Consolidated, Level.Consolidated], result.Areas.Select(area => area.Level!.Value));
        Assert.Equal(Level.Consolidating, result.Overall);
    }

    [Theory]
    [InlineData(5, 2, Level.Consolidated)]
    [InlineData(3, 2, Level.Consolidating)]
    [InlineData(7, 3, Level.Consolidating)]
    [InlineData(8, 3, Level.Consolidated)]
    [InlineData(4, 3, Level.Basic)]
    [InlineData(12, 8, Level.Consolidating)]
    [InlineData(20, 8, Level.Consolidated)]
    public void Means_of_levels_round_half_up(int sum, int count, Level expected) =>
        Assert.Equal(expected, LevelText.MeanRoundedHalfUp(sum, count));

    [Fact]
    public void Without_data_for_the_period_nothing_is_categorized()
    {
        var answers = AllConsolidated() with { HasPeriodData = false };

        var result = Categorizer.Categorize(answers, Ssme2020);

        Assert.All(result.Variables, variable => Assert.Null(variable.Level));
        Assert.Null(result.Overall);
        Assert.Contains("no tiene información del periodo", result.Variables[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_answer_gives_sin_dato_with_the_reason()
    {
        var answers = AllConsolidated() with
        {
            Strategy = null,
            SustainabilityMonths = null,
        };

        var result = Categorizer.Categorize(answers, Ssme2020);

        Assert.Equal("Sin dato: falta la respuesta sobre la estrategia.", result.Variable("strategy").Explanation);
        Assert.Null(result.Variable("sustainability").Level);
    }

    [Fact]
    public void Explanations_give_the_value_in_colombian_format_and_the_band()
    {
        var answers = AllConsolidated() with
        {
            FirmsMicro = 80,
            FirmsSmall = 0,
            FirmsMedium = 0,
            FirmsLarge = 0,
            FirmsActive = 50,
            SustainabilityMonths = 18,
        };

        var result = Categorizer.Categorize(answers, Ssme2020);

        Assert.Equal("62,5 % de empresas activas: 60 % < x < 80 % → Nivel 2", result.Variable("active_firms").Explanation);
        Assert.Equal("18 meses de sostenibilidad financiera garantizada: 12 ≤ m ≤ 24 → Nivel 2", result.Variable("sustainability").Explanation);
        Assert.Equal("0 empresas medianas o grandes: n = 0 → Nivel 1", result.Variable("firm_size").Explanation);
        Assert.Equal("Estrategia escrita y actualizada en los últimos tres años → Nivel 3", result.Variable("strategy").Explanation);
    }

    [Fact]
    public void The_annex_texts_render_every_band()
    {
        var focus = Ssme2020.Variable("focus");
        var sustainability = Ssme2020.Variable("sustainability");

        Assert.Equal(["x ≤ 20 %", "20 % < x < 80 %", "x ≥ 80 %"], LevelText.All.Select(focus.RuleText));
        Assert.Equal(["m < 12", "12 ≤ m ≤ 24", "m > 24"], LevelText.All.Select(sustainability.RuleText));
        Assert.StartsWith("Existió un consejo asesor", Ssme2020.Variable("advisory_board").LevelTexts[Level.Consolidated], StringComparison.Ordinal);
    }
}
