namespace Ssme.Domain.Questionnaire.Validation;

public sealed class ProfileValidator(bool complete) : SectionValidator(Section.Profile, complete);
