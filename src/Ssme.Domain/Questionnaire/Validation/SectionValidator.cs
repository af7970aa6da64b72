using FluentValidation;
using Ssme.Domain.Common;
using Ssme.Domain.Methodology;

namespace Ssme.Domain.Questionnaire.Validation;

/// <summary>
/// The rules of one section. With <c>complete</c> the section's questions must be answered (for
/// submitting); without it only rules between answers apply (for saving a draft).
/// </summary>
public abstract class SectionValidator : AbstractValidator<Answers>
{
    protected SectionValidator(Section section, bool complete)
    {
        Section = section;
        if (!complete)
        {
            return;
        }

        foreach (var field in QuestionnaireFields.In(section).Where(QuestionnaireRules.IsRequired))
        {
            RuleFor(answers => answers)
                .Must(field.HasValue)
                .When(answers => section == Section.Profile || answers.HasPeriodData == true)
                .OverridePropertyName(field.Code)
                .WithMessage($"{field.ShortLabel}: falta la respuesta.");
        }
    }

    public Section Section { get; }

    // Building a validator assembles its rules; they hold no state, so each is built once and shared.
    private static readonly Dictionary<(Section, bool), SectionValidator> Cache =
        QuestionnaireRules.QuestionSections
            .SelectMany(section => new[] { false, true }.Select(complete => (section, complete)))
            .ToDictionary(key => key, key => Create(key.section, key.complete));

    public static SectionValidator For(Section section, bool complete) =>
        Cache.TryGetValue((section, complete), out var validator)
            ? validator
            : throw new ArgumentOutOfRangeException(nameof(section), section, "The review step has no questions of its own.");

    private static SectionValidator Create(Section section, bool complete) => section switch
    {
        Section.Profile => new ProfileValidator(complete),
        Section.FocusAndStrategy => new FocusAndStrategyValidator(complete),
        Section.Firms => new FirmsValidator(complete),
        Section.Governance => new GovernanceValidator(complete),
        Section.ActivitiesAndCollaboration => new ActivitiesValidator(complete),
        Section.Funding => new FundingValidator(complete),
        Section.Impacts => new ImpactsValidator(complete),
        Section.BarriersAndContext => new BarriersValidator(complete),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "The review step has no questions of its own."),
    };

    public IReadOnlyList<FieldProblem> Check(Answers answers) =>
        Validate(answers).Errors.Select(error => new FieldProblem(error.PropertyName, error.ErrorMessage)).ToList();

    protected static bool NotAboveParticipating(Answers answers, int? count) =>
        count is not { } value || DerivedMeasures.ParticipatingFirms(answers) is not { } participating || value <= participating;

    protected static string ParticipatingText(Answers answers) => EsCo.Count(DerivedMeasures.ParticipatingFirms(answers) ?? 0);
}
