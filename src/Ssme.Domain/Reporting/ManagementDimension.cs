using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Reporting;

public sealed record GovernanceFigures(IReadOnlyList<Share> GeneralAssembly, IReadOnlyList<Share> AdvisoryBoard, IReadOnlyList<Share> ClusterManager, IReadOnlyList<Share> WorkTables);

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

/// <summary>Long-term sustainability, and where the money comes from for the operating structure and for projects, in the same source order.</summary>
public sealed record FundingFigures(LongTermSustainability Sustainability, IReadOnlyList<Share> Operating, IReadOnlyList<Share> Projects);

public sealed record FocusFigures(Fraction Intercluster, IReadOnlyList<Share> ActivityTypes);

public sealed record CollaborationFigures(Share ActiveFirms, IReadOnlyList<Share> Types);

public sealed record BarrierFigures(Share Any, IReadOnlyList<Share> Types);

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
        new GovernanceFigures(
            AnswerTotals.ChoiceShares(answers, FieldCodes.GeneralAssembly),
            AnswerTotals.ChoiceShares(answers, FieldCodes.AdvisoryBoard),
            AnswerTotals.ChoiceShares(answers, FieldCodes.ClusterManager),
            AnswerTotals.ChoiceShares(answers, FieldCodes.WorkTables)),
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
            AnswerTotals.AmountShares([
                ("Fortalecimiento empresarial", AnswerTotals.SumCount(answers, a => a.ActivitiesBusiness)),
                ("Condiciones del entorno", AnswerTotals.SumCount(answers, a => a.ActivitiesEnvironment)),
                ("Relacionamiento, negocios y conocimiento", AnswerTotals.SumCount(answers, a => a.ActivitiesNetworking)),
            ])),
        new CollaborationFigures(activeFirms, AnswerTotals.ChoiceShares(answers, FieldCodes.Collaboration)),
        new BarrierFigures(
            new Share("Iniciativas con alguna barrera", answers.Count(a => a.Barriers != Questionnaire.Barriers.None), answers.Count),
            AnswerTotals.ChoiceShares(answers, FieldCodes.Barriers)));
}
