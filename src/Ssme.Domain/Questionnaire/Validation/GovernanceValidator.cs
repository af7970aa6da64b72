namespace Ssme.Domain.Questionnaire.Validation;

public sealed class GovernanceValidator(bool complete) : SectionValidator(Section.Governance, complete);
