using Ssme.Domain.Questionnaire;

namespace Ssme.Web.Features.Questionnaires;

public sealed record FieldView(QuestionField Field, string? Value, string? Error, bool Editable);
