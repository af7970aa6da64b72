using Ssme.Domain.Questionnaire;

namespace Ssme.Web.Features.Shared;

/// <summary>
/// Every answer of a questionnaire, section by section; analysts also see the field codes of the
/// files. <paramref name="SectionHeading"/> is the level of the section titles, one below the
/// heading the list sits under, so the page's outline never skips a level.
/// </summary>
public sealed record AnswerListView(Answers Answers, bool ShowCodes, int SectionHeading);
