using FluentValidation;

namespace Ssme.Domain.Questionnaire.Validation;

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
