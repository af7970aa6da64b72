namespace Ssme.Domain.Questionnaire.Validation;

public sealed class ActivitiesValidator(bool complete) : SectionValidator(Section.ActivitiesAndCollaboration, complete);
