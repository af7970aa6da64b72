namespace Ssme.Domain.Questionnaire.Validation;

public sealed class FocusAndStrategyValidator(bool complete) : SectionValidator(Section.FocusAndStrategy, complete);
