namespace Ssme.Domain.Questionnaire.Validation;

/// <summary>A problem with one answer, keyed by field code so pages can link to the field.</summary>
public sealed record FieldProblem(string Code, string Message);
