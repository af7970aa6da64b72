using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using static Ssme.Domain.Tests.Methodology.SampleAnswers;

namespace Ssme.Domain.Tests.Methodology;

public sealed class CategorizerBoundaryTests
{
    public static TheoryData<string, decimal, int> PercentAnswers => new()
    {
        { "focus", 0m, 1 }, { "focus", 20m, 1 }, { "focus", 20.01m, 2 }, { "focus", 79.99m, 2 }, { "focus", 80m, 3 }, { "focus", 100m, 3 },
        { "overall_progress", 20m, 1 }, { "overall_progress", 20.01m, 2 }, { "overall_progress", 79.99m, 2 }, { "overall_progress", 80m, 3 },
        { "strategy_participants", 30m, 1 }, { "strategy_participants", 30.01m, 2 }, { "strategy_participants", 79.99m, 2 }, { "strategy_participants", 80m, 3 },
    };

    [Theory]
    [MemberData(nameof(PercentAnswers))]
    public void Percent_answers_fall_in_the_band_of_their_exact_value(string variable, decimal value, int expected)
    {
        var percent = new Percent(value);
        var answers = variable switch
        {
            "focus" => AllConsolidated() with { FocusInterclusterPct = percent },
            "overall_progress" => AllConsolidated() with { OverallProgressPct = percent },
            _ => AllConsolidated() with { StrategyParticipantsBusinessPct = percent },
        };

        Assert.Equal((Level)expected, LevelOf(answers, variable));
    }

    [Theory]
    [InlineData(600, 1000, 1)]
    [InlineData(601, 1000, 2)]
    [InlineData(799, 1000, 2)]
    [InlineData(800, 1000, 3)]
    [InlineData(3, 5, 1)]
    [InlineData(2, 3, 2)]
    [InlineData(4, 5, 3)]
    public void Active_firms_compare_exactly_without_rounding(int active, int participating, int expected)
    {
        var answers = AllConsolidated() with
        {
            FirmsMicro = participating,
            FirmsSmall = 0,
            FirmsMedium = 0,
            FirmsLarge = 0,
            FirmsActive = active,
        };

        Assert.Equal((Level)expected, LevelOf(answers, "active_firms"));
    }

    [Theory]
    [InlineData(200, 1000, 1)]
    [InlineData(201, 1000, 2)]
    [InlineData(599, 1000, 2)]
    [InlineData(600, 1000, 3)]
    public void Business_impact_bands_are_20_and_60_percent(int impacted, int participating, int expected)
    {
        var answers = AllConsolidated() with
        {
            FirmsMicro = participating,
            FirmsSmall = 0,
            FirmsMedium = 0,
            FirmsLarge = 0,
            FirmsImpacted = impacted,
        };

        Assert.Equal((Level)expected, LevelOf(answers, "business_impact"));
    }

    [Theory]
    [InlineData(3, 7, 1)]
    [InlineData(301, 699, 2)]
    [InlineData(1, 1, 3)]
    [InlineData(499, 501, 2)]
    [InlineData(5, 5, 3)]
    public void Activities_compare_the_networking_share_with_30_and_50_percent(int networking, int others, int expected)
    {
        var answers = AllConsolidated() with
        {
            ActivitiesNetworking = networking,
            ActivitiesBusiness = others,
            ActivitiesEnvironment = 0,
        };

        Assert.Equal((Level)expected, LevelOf(answers, "activities"));
    }

    [Theory]
    [InlineData(80, 10, 10, 1)]
    [InlineData(79, 11, 10, 2)]
    [InlineData(20, 40, 40, 3)]
    [InlineData(21, 40, 39, 2)]
    public void Operating_funding_counts_private_and_firm_resources(int publicFunds, int privateFunds, int firmFunds, int expected)
    {
        var answers = AllConsolidated() with
        {
            OpexPublicCop = new Cop(publicFunds * 1_000_000m),
            OpexPrivateCop = new Cop(privateFunds * 1_000_000m),
            OpexFirmsCop = new Cop(firmFunds * 1_000_000m),
        };

        Assert.Equal((Level)expected, LevelOf(answers, "operating_funding"));
    }

    [Theory]
    [InlineData(80, 20, 1)]
    [InlineData(79, 21, 2)]
    [InlineData(21, 79, 2)]
    [InlineData(20, 80, 3)]
    public void Project_funding_counts_only_participating_firms(int others, int firms, int expected)
    {
        var answers = AllConsolidated() with
        {
            ProjectsPublicCop = new Cop(others),
            ProjectsPrivateCop = new Cop(0m),
            ProjectsFirmsCop = new Cop(firms),
        };

        Assert.Equal((Level)expected, LevelOf(answers, "project_funding"));
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(1, 0, 2)]
    [InlineData(0, 1, 2)]
    [InlineData(1, 1, 3)]
    [InlineData(0, 2, 3)]
    public void Firm_size_counts_medium_and_large_firms(int medium, int large, int expected)
    {
        var answers = AllConsolidated() with
        {
            FirmsMedium = medium,
            FirmsLarge = large,
        };

        Assert.Equal((Level)expected, LevelOf(answers, "firm_size"));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    public void Management_team_counts_professionals_besides_the_manager(int professionals, int expected)
    {
        var answers = AllConsolidated() with { TeamProfessionals = professionals };

        Assert.Equal((Level)expected, LevelOf(answers, "management_team"));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(11, 1)]
    [InlineData(12, 2)]
    [InlineData(24, 2)]
    [InlineData(25, 3)]
    public void Sustainability_bands_are_12_and_24_months(int months, int expected)
    {
        var answers = AllConsolidated() with { SustainabilityMonths = months };

        Assert.Equal((Level)expected, LevelOf(answers, "sustainability"));
    }

    public static TheoryData<string, Func<Answers, Answers>, int> ChoiceAnswers => new()
    {
        { "strategy", a => a with { Strategy = StrategyStatus.None }, 1 },
        { "strategy", a => a with { Strategy = StrategyStatus.Outdated }, 2 },
        { "strategy", a => a with { Strategy = StrategyStatus.Current }, 3 },
        { "action_plan", a => a with { ActionPlan = ActionPlanStatus.None }, 1 },
        { "action_plan", a => a with { ActionPlan = ActionPlanStatus.NotUpdatedAnnually }, 2 },
        { "action_plan", a => a with { ActionPlan = ActionPlanStatus.UpdatedAnnually }, 3 },
        { "general_assembly", a => a with { GeneralAssembly = GeneralAssemblyStatus.None }, 1 },
        { "general_assembly", a => a with { GeneralAssembly = GeneralAssemblyStatus.NoMeeting }, 2 },
        { "general_assembly", a => a with { GeneralAssembly = GeneralAssemblyStatus.Met }, 3 },
        { "advisory_board", a => a with { AdvisoryBoard = AdvisoryBoardStatus.None }, 1 },
        { "advisory_board", a => a with { AdvisoryBoard = AdvisoryBoardStatus.Irregular }, 2 },
        { "advisory_board", a => a with { AdvisoryBoard = AdvisoryBoardStatus.Periodic }, 3 },
        { "cluster_manager", a => a with { ClusterManager = ClusterManagerStatus.None }, 1 },
        { "cluster_manager", a => a with { ClusterManager = ClusterManagerStatus.PartTime }, 2 },
        { "cluster_manager", a => a with { ClusterManager = ClusterManagerStatus.FullTimeFormal }, 3 },
        { "work_tables", a => a with { WorkTables = WorkTablesStatus.None }, 1 },
        { "work_tables", a => a with { WorkTables = WorkTablesStatus.Informal }, 2 },
        { "work_tables", a => a with { WorkTables = WorkTablesStatus.Formal }, 3 },
        { "collaboration", a => a with { Collaboration = CollaborationType.None }, 1 },
        { "collaboration", a => a with { Collaboration = CollaborationType.ManagerDriven }, 2 },
        { "collaboration", a => a with { Collaboration = CollaborationType.Spontaneous }, 3 },
    };

    [Theory]
    [MemberData(nameof(ChoiceAnswers))]
    public void Every_choice_maps_to_its_level(string variable, Func<Answers, Answers> answer, int expected)
    {
        var answers = answer(AllConsolidated());

        Assert.Equal((Level)expected, LevelOf(answers, variable));
    }
}
