using FluentValidation;
using Ssme.Domain.Common;
using Ssme.Domain.Methodology;

namespace Ssme.Domain.Questionnaire.Validation;

/// <summary>A problem with one answer, keyed by field code so pages can link to the field.</summary>
public sealed record FieldProblem(string Code, string Message);

/// <summary>
/// The rules of one section. With <c>complete</c> the section's questions must be answered (for
/// submitting); without it only rules between answers apply (for saving a draft).
/// </summary>
public abstract class SectionValidator : AbstractValidator<Answers>
{
    // Open answers and "mark all that apply" lists may stay empty in a complete questionnaire.
    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal)
    {
        FieldCodes.BarriersOther, FieldCodes.DesiredSupport, FieldCodes.ImpactsBusiness, FieldCodes.ImpactsTerritorial, FieldCodes.Barriers, FieldCodes.EmergencyActions,
    };

    protected SectionValidator(Section section, bool complete)
    {
        Section = section;
        if (!complete)
        {
            return;
        }

        foreach (var field in QuestionnaireFields.In(section).Where(field => !Optional.Contains(field.Code)))
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

public sealed class ProfileValidator(bool complete) : SectionValidator(Section.Profile, complete);

public sealed class FocusAndStrategyValidator(bool complete) : SectionValidator(Section.FocusAndStrategy, complete);

public sealed class GovernanceValidator(bool complete) : SectionValidator(Section.Governance, complete);

public sealed class ActivitiesValidator(bool complete) : SectionValidator(Section.ActivitiesAndCollaboration, complete);

public sealed class FundingValidator(bool complete) : SectionValidator(Section.Funding, complete);

public sealed class FirmsValidator : SectionValidator
{
    public FirmsValidator(bool complete)
        : base(Section.Firms, complete)
    {
        RuleFor(answers => answers)
            .Must(answers => NotAboveParticipating(answers, answers.FirmsActive))
            .OverridePropertyName(FieldCodes.FirmsActive)
            .WithMessage(answers => $"Empresas activas: no pueden ser más que las empresas participantes ({ParticipatingText(answers)}).");
    }
}

public sealed class ImpactsValidator : SectionValidator
{
    public ImpactsValidator(bool complete)
        : base(Section.Impacts, complete)
    {
        RuleFor(answers => answers)
            .Must(answers => NotAboveParticipating(answers, answers.FirmsImpacted))
            .OverridePropertyName(FieldCodes.FirmsImpacted)
            .WithMessage(answers => $"Empresas impactadas: no pueden ser más que las empresas participantes ({ParticipatingText(answers)}).");
    }
}

public sealed class BarriersValidator : SectionValidator
{
    public BarriersValidator(bool complete)
        : base(Section.BarriersAndContext, complete)
    {
        RuleFor(answers => answers.BarriersOther)
            .NotEmpty()
            .When(answers => complete && answers.Barriers.HasFlag(Barriers.Otra))
            .OverridePropertyName(FieldCodes.BarriersOther)
            .WithMessage("Otra barrera: describa la barrera, porque marcó «Otra».");
    }
}

/// <summary>Every section's rules together: what a submission must satisfy to be sent or imported as sent.</summary>
public static class QuestionnaireRules
{
    public static IReadOnlyList<Section> QuestionSections { get; } = SectionText.All.Where(section => section != Section.Review).ToList();

    public static IReadOnlyList<FieldProblem> CheckSubmission(Answers answers) =>
        QuestionSections.SelectMany(section => SectionValidator.For(section, complete: true).Check(answers)).ToList();

    public static bool IsSectionComplete(Section section, Answers answers) =>
        section == Section.Review || SectionValidator.For(section, complete: true).Check(answers).Count == 0;
}
