using FluentValidation;

namespace Ssme.Domain.Questionnaire.Validation;

public sealed class BarriersValidator : SectionValidator
{
    public BarriersValidator(bool complete)
        : base(Section.BarriersAndContext, complete)
    {
        RuleFor(answers => answers.BarriersOther)
            .NotEmpty()
            .When(answers => answers.Barriers.HasFlag(Barriers.Otra))
            .OverridePropertyName(FieldCodes.BarriersOther)
            .WithMessage("Otra barrera: describa la barrera, porque marcó «Otra».");
    }
}
