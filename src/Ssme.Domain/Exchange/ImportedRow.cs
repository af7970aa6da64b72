using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;

namespace Ssme.Domain.Exchange;

/// <summary>One valid row of an import: the initiative it names, its answers and the status to give it.</summary>
public sealed record ImportedRow(int Row, string InitiativeName, Department Department, Answers Answers, SubmissionStatus Status);
