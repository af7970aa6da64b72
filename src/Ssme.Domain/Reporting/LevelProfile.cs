using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Reporting;

/// <summary>The averages that describe the initiatives of one overall level ("perfil de cada nivel").</summary>
public sealed record LevelProfile(Level Level, int Initiatives, Fraction ActiveFirms, Fraction FirmsOperatingFunding, Fraction FirmsProjectFunding, decimal? AverageTeamProfessionals)
{
    public static LevelProfile Compute(Level level, IReadOnlyList<Answers> answers) => new(
        level,
        answers.Count,
        new Fraction(AnswerTotals.SumCount(answers, a => a.FirmsActive), answers.Sum(a => DerivedMeasures.ParticipatingFirms(a) ?? 0)),
        new Fraction(AnswerTotals.Sum(answers, a => a.OpexFirmsCop?.Amount), answers.Sum(a => DerivedMeasures.OperatingFunding(a) ?? 0m)),
        new Fraction(AnswerTotals.Sum(answers, a => a.ProjectsFirmsCop?.Amount), answers.Sum(a => DerivedMeasures.ProjectFunding(a) ?? 0m)),
        answers.Count == 0 ? null : (decimal)AnswerTotals.SumCount(answers, a => a.TeamProfessionals) / answers.Count);
}
