using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Reporting;

/// <summary>
/// Per question, the initiatives at each answer; and the seed's headline shares: with an assembly (any
/// answer but none) and an active one (met), with an advisory board and an active one (periodic), and
/// with an active advisory body (assembly met or board periodic).
/// </summary>
public sealed record GovernanceFigures(
    IReadOnlyList<Share> GeneralAssembly,
    IReadOnlyList<Share> AdvisoryBoard,
    IReadOnlyList<Share> ClusterManager,
    IReadOnlyList<Share> WorkTables,
    Share WithAssembly,
    Share ActiveAssembly,
    Share WithBoard,
    Share ActiveBoard,
    Share ActiveAdvisoryBody)
{
    public static GovernanceFigures Compute(IReadOnlyList<Answers> answers)
    {
        Share Count(string label, Func<Answers, bool> test) => new(label, answers.Count(test), answers.Count);
        return new GovernanceFigures(
            AnswerTotals.ChoiceShares(answers, FieldCodes.GeneralAssembly),
            AnswerTotals.ChoiceShares(answers, FieldCodes.AdvisoryBoard),
            AnswerTotals.ChoiceShares(answers, FieldCodes.ClusterManager),
            AnswerTotals.ChoiceShares(answers, FieldCodes.WorkTables),
            Count("Cuentan con asamblea general", a => a.GeneralAssembly is { } assembly && assembly != GeneralAssemblyStatus.None),
            Count("Asamblea general activa", a => a.GeneralAssembly == GeneralAssemblyStatus.Met),
            Count("Cuentan con consejo asesor", a => a.AdvisoryBoard is { } board && board != AdvisoryBoardStatus.None),
            Count("Consejo asesor activo", a => a.AdvisoryBoard == AdvisoryBoardStatus.Periodic),
            Count("Órgano asesor activo", a => a.GeneralAssembly == GeneralAssemblyStatus.Met || a.AdvisoryBoard == AdvisoryBoardStatus.Periodic));
    }
}

public sealed record StrategyFigures(IReadOnlyList<Share> Strategy, IReadOnlyList<Share> ActionPlan, Fraction BusinessParticipants);

/// <summary>
/// Initiatives whose guaranteed financial sustainability reaches the methodology's top band, so the
/// report's threshold moves with the methodology the wave pins.
/// </summary>
public sealed record LongTermSustainability(Bound Threshold, Share Share)
{
    /// <summary>"mayor a 24 meses".</summary>
    public string Period => Describe(Threshold);

    public static LongTermSustainability Compute(IReadOnlyList<Answers> answers, MethodologyDefinition methodology)
    {
        var threshold = ThresholdOf(methodology);
        var count = answers.Count(a => a.SustainabilityMonths is { } months && (threshold.Inclusive ? months >= threshold.Value : months > threshold.Value));
        return new LongTermSustainability(threshold, new Share($"Sostenibilidad financiera {Describe(threshold)}", count, answers.Count));
    }

    private static string Describe(Bound threshold) => $"{(threshold.Inclusive ? "de al menos" : "mayor a")} {EsCo.Number(threshold.Value)} meses";

    /// <summary>The lower bound of the sustainability variable's consolidated band: the long term the methodology means.</summary>
    private static Bound ThresholdOf(MethodologyDefinition methodology)
    {
        var variable = methodology.Variables.FirstOrDefault(item => item.Input.Name == FieldCodes.SustainabilityMonths)
            ?? throw new MethodologyDefinitionException($"The methodology {methodology.Version} has no variable reading '{FieldCodes.SustainabilityMonths}'.");
        return variable.Bands.FirstOrDefault(band => band.Level == Level.Consolidated)?.Lower
            ?? throw new MethodologyDefinitionException($"The variable '{variable.Code}' of the methodology {methodology.Version} has no lower bound for level {(int)Level.Consolidated}.");
    }
}

/// <summary>Long-term sustainability, and where the money comes from for the operating structure and for projects, in the same source order (public, private, firms).</summary>
public sealed record FundingFigures(LongTermSustainability Sustainability, IReadOnlyList<Share> Operating, IReadOnlyList<Share> Projects)
{
    /// <summary>The participating firms' share of all operating-structure pesos.</summary>
    public Share FirmsOperatingShare => Operating[^1];

    public Share FirmsProjectShare => Projects[^1];
}

/// <summary>Mean intercluster and sectorial (100 − intercluster) focus, and the share of all activities led by type.</summary>
public sealed record FocusFigures(Fraction Intercluster, Fraction Sectorial, IReadOnlyList<Share> ActivityTypes);

/// <summary>Active firms, initiatives with any collaboration (not none), the spontaneous and manager-driven ones, and every answer.</summary>
public sealed record CollaborationFigures(Share ActiveFirms, Share Any, Share Spontaneous, Share ManagerDriven, IReadOnlyList<Share> Types)
{
    public static CollaborationFigures Compute(IReadOnlyList<Answers> answers, Share activeFirms)
    {
        Share Count(string label, Func<CollaborationType, bool> test) => new(label, answers.Count(a => a.Collaboration is { } type && test(type)), answers.Count);
        return new CollaborationFigures(
            activeFirms,
            Count("Iniciativas con relación colaborativa", type => type != CollaborationType.None),
            Count("Colaboración espontánea", type => type == CollaborationType.Spontaneous),
            Count("Colaboración impulsada por el gerente cluster", type => type == CollaborationType.ManagerDriven),
            AnswerTotals.ChoiceShares(answers, FieldCodes.Collaboration));
    }
}

public sealed record BarrierFigures(Share Any, IReadOnlyList<Share> Types, DesiredSupport DesiredSupport);

/// <summary>One wording of the desired support and how many initiatives wrote it (spacing and letter case aside).</summary>
public sealed record SupportAnswer(string Text, int Initiatives);

/// <summary>
/// "Apoyos deseados": the open answers to what support the initiatives want from the Red Cluster
/// Colombia, as the seed gathers them. They are listed as written, never beside the initiative that
/// wrote them: equal answers are merged with their count and the list is ordered by count, then
/// alphabetically, so nothing follows the order of the initiatives. Fewer than
/// <see cref="MinimumToList"/> answers are only counted, as no published figure describes fewer
/// than five initiatives.
/// </summary>
public sealed record DesiredSupport(Share Answered, IReadOnlyList<SupportAnswer> Answers)
{
    public const int MinimumToList = 5;

    public static DesiredSupport Compute(IReadOnlyList<Answers> answers)
    {
        var written = answers
            .Select(a => a.DesiredSupport is { } text ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : string.Empty)
            .Where(text => text.Length > 0)
            .ToList();
        var listed = written.Count < MinimumToList
            ? []
            : written
                .GroupBy(text => text, StringComparer.Create(Common.EsCo.Culture, ignoreCase: true))
                .Select(group => new SupportAnswer(group.Order(StringComparer.Ordinal).First(), group.Count()))
                .OrderByDescending(answer => answer.Initiatives)
                .ThenBy(answer => answer.Text, StringComparer.Create(Common.EsCo.Culture, ignoreCase: true))
                .ToList();
        return new DesiredSupport(new Share("Iniciativas que indicaron los apoyos que desean", written.Count, answers.Count), listed);
    }
}

/// <summary>Section 3, Dimension 1 "Gestión de la iniciativa cluster", over the wave's categorized initiatives.</summary>
public sealed record ManagementDimension(
    GovernanceFigures Governance,
    StrategyFigures Strategy,
    FundingFigures Funding,
    FocusFigures Focus,
    CollaborationFigures Collaboration,
    BarrierFigures Barriers)
{
    public static ManagementDimension Compute(IReadOnlyList<Answers> answers, MethodologyDefinition methodology, Share activeFirms) => new(
        GovernanceFigures.Compute(answers),
        new StrategyFigures(
            AnswerTotals.ChoiceShares(answers, FieldCodes.Strategy),
            AnswerTotals.ChoiceShares(answers, FieldCodes.ActionPlan),
            AnswerTotals.Mean(answers, a => a.StrategyParticipantsBusinessPct?.Value)),
        new FundingFigures(
            LongTermSustainability.Compute(answers, methodology),
            AnswerTotals.AmountShares([
                ("Públicos", AnswerTotals.Sum(answers, a => a.OpexPublicCop?.Amount)),
                ("Privados", AnswerTotals.Sum(answers, a => a.OpexPrivateCop?.Amount)),
                ("Empresas participantes", AnswerTotals.Sum(answers, a => a.OpexFirmsCop?.Amount)),
            ]),
            AnswerTotals.AmountShares([
                ("Públicos", AnswerTotals.Sum(answers, a => a.ProjectsPublicCop?.Amount)),
                ("Privados", AnswerTotals.Sum(answers, a => a.ProjectsPrivateCop?.Amount)),
                ("Empresas participantes", AnswerTotals.Sum(answers, a => a.ProjectsFirmsCop?.Amount)),
            ])),
        new FocusFigures(
            AnswerTotals.Mean(answers, a => a.FocusInterclusterPct?.Value),
            AnswerTotals.Mean(answers, a => a.FocusInterclusterPct is { } intercluster ? 100m - intercluster.Value : null),
            AnswerTotals.AmountShares([
                ("Fortalecimiento empresarial", AnswerTotals.SumCount(answers, a => a.ActivitiesBusiness)),
                ("Condiciones del entorno", AnswerTotals.SumCount(answers, a => a.ActivitiesEnvironment)),
                ("Relacionamiento, negocios y conocimiento", AnswerTotals.SumCount(answers, a => a.ActivitiesNetworking)),
            ])),
        CollaborationFigures.Compute(answers, activeFirms),
        new BarrierFigures(
            new Share("Iniciativas con alguna barrera", answers.Count(a => a.Barriers != Questionnaire.Barriers.None), answers.Count),
            AnswerTotals.ChoiceShares(answers, FieldCodes.Barriers),
            DesiredSupport.Compute(answers)));
}
