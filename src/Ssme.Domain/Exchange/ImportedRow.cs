using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;

namespace Ssme.Domain.Exchange;

/// <summary>
/// One valid row of an import: the initiative it names — by <paramref name="Code"/> when the file
/// gives one, otherwise by name and department —, its answers and the status to give it.
/// </summary>
public sealed record ImportedRow(int Row, InitiativeCode? Code, string? InitiativeName, Department? Department, Answers Answers, SubmissionStatus Status);
