namespace Ssme.Domain.Questionnaire;

public sealed record FieldOption(string Code, string Label);
