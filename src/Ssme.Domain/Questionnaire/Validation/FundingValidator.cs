namespace Ssme.Domain.Questionnaire.Validation;

public sealed class FundingValidator(bool complete) : SectionValidator(Section.Funding, complete);
