using FluentValidation;

namespace Ssme.Domain.Questionnaire.Validation;

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
