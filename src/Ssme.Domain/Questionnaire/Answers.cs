using Ssme.Domain.Common;

namespace Ssme.Domain.Questionnaire;

/// <summary>
/// The answers of one questionnaire (SPEC §4). Every property corresponds to one field code of
/// <see cref="FieldCodes"/>; null means "not answered yet", which a draft allows. Immutable, so a
/// submission's answers change only when <see cref="Submissions.Submission"/> replaces them under
/// its rules, and a value handed out can be shared without copying.
/// </summary>
public sealed record Answers
{
    public string? InitiativeName { get; init; }

    /// <summary>DIVIPOLA code of the department, e.g. "05".</summary>
    public string? Department { get; init; }

    public string? ManagingEntityName { get; init; }

    public ManagingEntityType? ManagingEntityType { get; init; }

    public Macrosector? Macrosector { get; init; }

    public bool? HasPeriodData { get; init; }

    public Percent? FocusInterclusterPct { get; init; }

    public Percent? OverallProgressPct { get; init; }

    public StrategyStatus? Strategy { get; init; }

    public Percent? StrategyParticipantsBusinessPct { get; init; }

    public ActionPlanStatus? ActionPlan { get; init; }

    public int? FirmsMicro { get; init; }

    public int? FirmsSmall { get; init; }

    public int? FirmsMedium { get; init; }

    public int? FirmsLarge { get; init; }

    public int? FirmsActive { get; init; }

    public GeneralAssemblyStatus? GeneralAssembly { get; init; }

    public AdvisoryBoardStatus? AdvisoryBoard { get; init; }

    public ClusterManagerStatus? ClusterManager { get; init; }

    public int? TeamProfessionals { get; init; }

    public WorkTablesStatus? WorkTables { get; init; }

    public int? ActivitiesBusiness { get; init; }

    public int? ActivitiesEnvironment { get; init; }

    public int? ActivitiesNetworking { get; init; }

    public CollaborationType? Collaboration { get; init; }

    public Cop? OpexPublicCop { get; init; }

    public Cop? OpexPrivateCop { get; init; }

    public Cop? OpexFirmsCop { get; init; }

    public Cop? ProjectsPublicCop { get; init; }

    public Cop? ProjectsPrivateCop { get; init; }

    public Cop? ProjectsFirmsCop { get; init; }

    public int? SustainabilityMonths { get; init; }

    public int? FirmsImpacted { get; init; }

    public int? Employment { get; init; }

    public BusinessImpacts ImpactsBusiness { get; init; }

    public TerritorialImpacts ImpactsTerritorial { get; init; }

    public Barriers Barriers { get; init; }

    public string? BarriersOther { get; init; }

    public string? DesiredSupport { get; init; }

    public EmergencyActions EmergencyActions { get; init; }
}
