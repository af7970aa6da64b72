using Ssme.Domain.Common;

namespace Ssme.Domain.Questionnaire;

/// <summary>
/// The answers of one questionnaire (SPEC §4). Every property corresponds to one field code of
/// <see cref="FieldCodes"/>; null means "not answered yet", which a draft allows.
/// </summary>
public sealed class Answers
{
    public string? InitiativeName { get; set; }

    /// <summary>DIVIPOLA code of the department, e.g. "05".</summary>
    public string? Department { get; set; }

    public string? ManagingEntityName { get; set; }

    public ManagingEntityType? ManagingEntityType { get; set; }

    public Macrosector? Macrosector { get; set; }

    public bool? HasPeriodData { get; set; }

    public Percent? FocusInterclusterPct { get; set; }

    public Percent? OverallProgressPct { get; set; }

    public StrategyStatus? Strategy { get; set; }

    public Percent? StrategyParticipantsBusinessPct { get; set; }

    public ActionPlanStatus? ActionPlan { get; set; }

    public int? FirmsMicro { get; set; }

    public int? FirmsSmall { get; set; }

    public int? FirmsMedium { get; set; }

    public int? FirmsLarge { get; set; }

    public int? FirmsActive { get; set; }

    public GeneralAssemblyStatus? GeneralAssembly { get; set; }

    public AdvisoryBoardStatus? AdvisoryBoard { get; set; }

    public ClusterManagerStatus? ClusterManager { get; set; }

    public int? TeamProfessionals { get; set; }

    public WorkTablesStatus? WorkTables { get; set; }

    public int? ActivitiesBusiness { get; set; }

    public int? ActivitiesEnvironment { get; set; }

    public int? ActivitiesNetworking { get; set; }

    public CollaborationType? Collaboration { get; set; }

    public Cop? OpexPublicCop { get; set; }

    public Cop? OpexPrivateCop { get; set; }

    public Cop? OpexFirmsCop { get; set; }

    public Cop? ProjectsPublicCop { get; set; }

    public Cop? ProjectsPrivateCop { get; set; }

    public Cop? ProjectsFirmsCop { get; set; }

    public int? SustainabilityMonths { get; set; }

    public int? FirmsImpacted { get; set; }

    public int? Employment { get; set; }

    public BusinessImpacts ImpactsBusiness { get; set; }

    public TerritorialImpacts ImpactsTerritorial { get; set; }

    public Barriers Barriers { get; set; }

    public string? BarriersOther { get; set; }

    public string? DesiredSupport { get; set; }

    public EmergencyActions EmergencyActions { get; set; }

    /// <summary>A copy to start a new wave's draft from the previous submission.</summary>
    public Answers Copy() => (Answers)MemberwiseClone();
}
