using Ssme.Domain.Questionnaire;

namespace Ssme.Web.Features.Questionnaires;

/// <param name="CopiedFrom">The previous wave's name when the value was copied from it and not confirmed yet.</param>
public sealed record FieldView(QuestionField Field, string? Value, string? Error, bool Editable, string? CopiedFrom = null);
