using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;

namespace Ssme.Domain.Exchange;

/// <summary>
/// What an import does with one row: the initiative it matched (null when the row creates one), the
/// existing submission, the answers to store, the fields it changes, or why it is refused.
/// </summary>
public sealed record PlannedRow(
    ImportedRow Source,
    ImportRowKind Kind,
    string InitiativeName,
    Initiative? Initiative,
    Submission? Submission,
    Answers Answers,
    IReadOnlyList<FieldChange> Changes,
    ImportProblem? Refusal)
{
    public int Row => Source.Row;

    public InitiativeCode? Code => Initiative?.Code;
}
