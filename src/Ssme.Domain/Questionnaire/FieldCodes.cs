namespace Ssme.Domain.Questionnaire;

/// <summary>The field codes of SPEC §4: the contract between the form, the database and CSV/XLSX files.</summary>
public static class FieldCodes
{
    public const string InitiativeName = "initiative_name";
    public const string Department = "department";
    public const string ManagingEntityName = "managing_entity_name";
    public const string ManagingEntityType = "managing_entity_type";
    public const string Macrosector = "macrosector";
    public const string HasPeriodData = "has_period_data";
    public const string FocusInterclusterPct = "focus_intercluster_pct";
    public const string OverallProgressPct = "overall_progress_pct";
    public const string Strategy = "strategy";
    public const string StrategyParticipantsBusinessPct = "strategy_participants_business_pct";
    public const string ActionPlan = "action_plan";
    public const string FirmsMicro = "firms_micro";
    public const string FirmsSmall = "firms_small";
    public const string FirmsMedium = "firms_medium";
    public const string FirmsLarge = "firms_large";
    public const string FirmsActive = "firms_active";
    public const string GeneralAssembly = "general_assembly";
    public const string AdvisoryBoard = "advisory_board";
    public const string ClusterManager = "cluster_manager";
    public const string TeamProfessionals = "team_professionals";
    public const string WorkTables = "work_tables";
    public const string ActivitiesBusiness = "activities_business";
    public const string ActivitiesEnvironment = "activities_environment";
    public const string ActivitiesNetworking = "activities_networking";
    public const string Collaboration = "collaboration";
    public const string OpexPublicCop = "opex_public_cop";
    public const string OpexPrivateCop = "opex_private_cop";
    public const string OpexFirmsCop = "opex_firms_cop";
    public const string ProjectsPublicCop = "projects_public_cop";
    public const string ProjectsPrivateCop = "projects_private_cop";
    public const string ProjectsFirmsCop = "projects_firms_cop";
    public const string SustainabilityMonths = "sustainability_months";
    public const string FirmsImpacted = "firms_impacted";
    public const string Employment = "employment";
    public const string ImpactsBusiness = "impacts_business";
    public const string ImpactsTerritorial = "impacts_territorial";
    public const string Barriers = "barriers";
    public const string BarriersOther = "barriers_other";
    public const string DesiredSupport = "desired_support";
    public const string EmergencyActions = "emergency_actions";
}
