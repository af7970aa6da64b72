namespace Ssme.Domain.Questionnaire;

/// <summary>The answers after a field read a raw value, and the problem when the value was refused.</summary>
public readonly record struct FieldAssignment(Answers Answers, string? Problem);
