using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Methodology;

/// <summary>
/// A value a variable can read from the answers, by the name the definition file uses. Numeric
/// inputs are ratios (a percent answer x is x/100 of 100 %); a null ratio means "not answered".
/// </summary>
public sealed class MethodologyInput
{
    private readonly Func<Answers, Ratio?>? _number;
    private readonly Func<Answers, int?>? _choice;

    private MethodologyInput(string name, RuleKind kind, string missing, string? zeroDenominator, Func<Answers, Ratio?>? number, Func<Answers, int?>? choice, IReadOnlyList<string> codes, InputLever? lever)
    {
        Lever = lever;
        Name = name;
        Kind = kind;
        MissingReason = missing;
        ZeroDenominatorReason = zeroDenominator;
        _number = number;
        _choice = choice;
        ChoiceCodes = codes;
    }

    public string Name { get; }

    public RuleKind Kind { get; }

    /// <summary>Why there is no level when the answer is missing ("falta …").</summary>
    public string MissingReason { get; }

    /// <summary>Why there is no level when the share has nothing to divide by.</summary>
    public string? ZeroDenominatorReason { get; }

    public IReadOnlyList<string> ChoiceCodes { get; }

    /// <summary>What the manager changes to move a numeric input; null for choices.</summary>
    public InputLever? Lever { get; }

    public static IReadOnlyDictionary<string, MethodologyInput> All { get; } = new[]
    {
        Percent("focus_intercluster_pct", a => AsRatio(a.FocusInterclusterPct), "falta el porcentaje de enfoque intercluster", InputLever.Points("de enfoque intercluster")),
        Percent("overall_progress_pct", a => AsRatio(a.OverallProgressPct), "falta el porcentaje de avance general", InputLever.Points("de avance general")),
        Percent("strategy_participants_business_pct", a => AsRatio(a.StrategyParticipantsBusinessPct), "falta el porcentaje de empresarios entre quienes construyeron la estrategia", InputLever.Points("de empresarios en la construcción de la estrategia")),
        Percent("active_firms_share", DerivedMeasures.ActiveFirmsShare, "faltan las empresas activas o las participantes", InputLever.FirmsOf("empresa activa", "empresas activas"), "la iniciativa no reporta empresas participantes"),
        Percent("impacted_firms_share", DerivedMeasures.ImpactedFirmsShare, "faltan las empresas impactadas o las participantes", InputLever.FirmsOf("empresa impactada", "empresas impactadas"), "la iniciativa no reporta empresas participantes"),
        Percent("networking_activities_share", DerivedMeasures.NetworkingActivitiesShare, "faltan las actividades realizadas", new InputLever("actividad de relacionamiento, negocios o conocimiento", "actividades de relacionamiento, negocios o conocimiento", LeverUnit.Whole, RaisesDenominator: true), "la iniciativa no reporta actividades en el periodo"),
        Percent("private_operating_funding_share", DerivedMeasures.PrivateOperatingFundingShare, "faltan los recursos de la estructura operativa", InputLever.Pesos("de recursos privados o de las empresas para la estructura operativa"), "la iniciativa no reporta recursos para su estructura operativa"),
        Percent("firms_project_funding_share", DerivedMeasures.FirmsProjectFundingShare, "faltan los recursos para proyectos", InputLever.Pesos("de recursos de las empresas participantes para proyectos"), "la iniciativa no reporta recursos para proyectos"),
        Count("medium_large_firms", a => DerivedMeasures.MediumAndLargeFirms(a), "faltan las empresas medianas y grandes", new InputLever("empresa mediana o grande", "empresas medianas o grandes", LeverUnit.Whole)),
        Count("team_professionals", a => a.TeamProfessionals, "falta el número de profesionales del equipo gestor", new InputLever("profesional en el equipo gestor", "profesionales en el equipo gestor", LeverUnit.Whole)),
        Count("sustainability_months", a => a.SustainabilityMonths, "faltan los meses de sostenibilidad financiera", new InputLever("mes de sostenibilidad", "meses de sostenibilidad", LeverUnit.Whole)),
        Choice<StrategyStatus>("strategy", a => a.Strategy, "falta la respuesta sobre la estrategia"),
        Choice<ActionPlanStatus>("action_plan", a => a.ActionPlan, "falta la respuesta sobre el plan de acción"),
        Choice<GeneralAssemblyStatus>("general_assembly", a => a.GeneralAssembly, "falta la respuesta sobre la asamblea general"),
        Choice<AdvisoryBoardStatus>("advisory_board", a => a.AdvisoryBoard, "falta la respuesta sobre el consejo asesor"),
        Choice<ClusterManagerStatus>("cluster_manager", a => a.ClusterManager, "falta la respuesta sobre el gerente cluster"),
        Choice<WorkTablesStatus>("work_tables", a => a.WorkTables, "falta la respuesta sobre las mesas de trabajo"),
        Choice<CollaborationType>("collaboration", a => a.Collaboration, "falta la respuesta sobre la colaboración"),
    }.ToDictionary(input => input.Name, StringComparer.Ordinal);

    public Ratio? ReadNumber(Answers answers) => _number!(answers);

    /// <summary>The position of the chosen answer in <see cref="ChoiceCodes"/>, or null when unanswered.</summary>
    public int? ReadChoiceIndex(Answers answers) => _choice!(answers);

    private static Ratio? AsRatio(Common.Percent? percent) => percent is { } value ? Ratio.OfPercent(value.Value) : null;

    private static MethodologyInput Percent(string name, Func<Answers, Ratio?> read, string missing, InputLever lever, string? zeroDenominator = null) =>
        new(name, RuleKind.Percent, missing, zeroDenominator, read, null, [], lever);

    private static MethodologyInput Count(string name, Func<Answers, long?> read, string missing, InputLever lever) =>
        new(name, RuleKind.Count, missing, null, answers => read(answers) is { } value ? Ratio.Whole(value) : null, null, [], lever);

    private static MethodologyInput Choice<TEnum>(string name, Func<Answers, TEnum?> read, string missing)
        where TEnum : struct, Enum =>
        new(name, RuleKind.Choice, missing, null, null, answers => read(answers) is { } value ? IndexOf(value) : null, ChoiceCode.Codes<TEnum>(), null);

    private static int IndexOf<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var values = ChoiceCode.Values<TEnum>();
        for (var i = 0; i < values.Count; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(values[i], value))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }
}
