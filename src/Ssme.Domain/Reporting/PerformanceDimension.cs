using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Reporting;

/// <summary>The firms of the initiatives: participating, active and impacted, and the jobs they hold.</summary>
public sealed record FirmFigures(long Participating, Share Active, Share Impacted, long Employment);

public sealed record FirmSizeFigures(IReadOnlyList<Share> Sizes, Share WithMediumOrLargeFirm);

/// <summary>
/// "N iniciativas cluster impactan a M de sus empresas": N counts the initiatives with impacted firms,
/// and each business impact is a share of those N (SPEC §12). Each territorial impact is a share of
/// all the initiatives, as the seed prints them (66 %, 45 % … beside "el 75 %" with any).
/// </summary>
public sealed record ImpactFigures(long InitiativesImpactingFirms, IReadOnlyList<Share> Business, Share AnyTerritorial, IReadOnlyList<Share> Territorial);

/// <summary>Section 4, Dimension 2 "Desempeño de las empresas participantes y el entorno", over the wave's categorized initiatives.</summary>
public sealed record PerformanceDimension(FirmFigures Firms, FirmSizeFigures Sizes, ImpactFigures Impacts, IReadOnlyList<Share> EmergencyActions)
{
    public static PerformanceDimension Compute(IReadOnlyList<Answers> answers)
    {
        var sizes = AnswerTotals.AmountShares([
            ("Micro", AnswerTotals.SumCount(answers, a => a.FirmsMicro)),
            ("Pequeña", AnswerTotals.SumCount(answers, a => a.FirmsSmall)),
            ("Mediana", AnswerTotals.SumCount(answers, a => a.FirmsMedium)),
            ("Grande", AnswerTotals.SumCount(answers, a => a.FirmsLarge)),
        ]);
        var participating = sizes.Sum(size => size.Count);
        var impacting = answers.Where(a => a.FirmsImpacted > 0).ToList();
        return new PerformanceDimension(
            new FirmFigures(
                participating,
                new Share("Empresas activas", AnswerTotals.SumCount(answers, a => a.FirmsActive), participating),
                new Share("Empresas impactadas", AnswerTotals.SumCount(answers, a => a.FirmsImpacted), participating),
                AnswerTotals.SumCount(answers, a => a.Employment)),
            new FirmSizeFigures(
                sizes,
                new Share("Iniciativas con al menos una empresa mediana o grande", answers.Count(a => DerivedMeasures.MediumAndLargeFirms(a) > 0), answers.Count)),
            new ImpactFigures(
                impacting.Count,
                AnswerTotals.ChoiceShares(impacting, FieldCodes.ImpactsBusiness),
                new Share("Iniciativas con impactos territoriales", answers.Count(a => a.ImpactsTerritorial != TerritorialImpacts.None), answers.Count),
                AnswerTotals.ChoiceShares(answers, FieldCodes.ImpactsTerritorial)),
            AnswerTotals.ChoiceShares(answers, FieldCodes.EmergencyActions));
    }
}
