using Ssme.Domain.Common;
using Ssme.Domain.Questionnaire;

namespace Ssme.TestData;

/// <summary>An initiative at Nivel 3 on every variable of methodology ssme-2020: the base from which tests vary one input at a time.</summary>
public static class ConsolidatedAnswers
{
    public static Answers Create(string name = "Cluster de Prueba") => new()
    {
        InitiativeName = name,
        Department = "05",
        HasPeriodData = true,
        FocusInterclusterPct = new Percent(90m),
        OverallProgressPct = new Percent(85m),
        Strategy = StrategyStatus.Current,
        StrategyParticipantsBusinessPct = new Percent(80m),
        ActionPlan = ActionPlanStatus.UpdatedAnnually,
        FirmsMicro = 50,
        FirmsSmall = 30,
        FirmsMedium = 10,
        FirmsLarge = 10,
        FirmsActive = 90,
        GeneralAssembly = GeneralAssemblyStatus.Met,
        AdvisoryBoard = AdvisoryBoardStatus.Periodic,
        ClusterManager = ClusterManagerStatus.FullTimeFormal,
        TeamProfessionals = 3,
        WorkTables = WorkTablesStatus.Formal,
        ActivitiesBusiness = 2,
        ActivitiesEnvironment = 2,
        ActivitiesNetworking = 6,
        Collaboration = CollaborationType.Spontaneous,
        OpexPublicCop = new Cop(10m),
        OpexPrivateCop = new Cop(40m),
        OpexFirmsCop = new Cop(50m),
        ProjectsPublicCop = new Cop(0m),
        ProjectsPrivateCop = new Cop(10m),
        ProjectsFirmsCop = new Cop(90m),
        SustainabilityMonths = 36,
        FirmsImpacted = 70,
    };
}
