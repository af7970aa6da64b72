using Ssme.Domain.Questionnaire;

namespace Ssme.Web.Features.Shared;

/// <summary>Every answer of a questionnaire, section by section; analysts also see the field codes of the files.</summary>
public sealed record AnswerListView(Answers Answers, bool ShowCodes);
