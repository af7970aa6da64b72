using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;

namespace Ssme.Domain.Exchange;

/// <summary>
/// The columns of a wave file (SPEC §6): the initiative's code, every field code, then status, the 18
/// levels and the overall level.
/// </summary>
public static class ExchangeColumns
{
    public const string InitiativeCode = "initiative_code";
    public const string Status = "status";
    public const string LevelOverall = "level_overall";
    public const string LevelPrefix = "level_";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool IsFreeText(QuestionField field) => field.Kind is FieldKind.Text or FieldKind.LongText;

    /// <summary>
    /// Free text typed by managers could start like a spreadsheet formula ("=HYPERLINK(…)"); exported
    /// as is, Excel would run it. Such a cell gets a leading apostrophe, which spreadsheets show as
    /// text and <see cref="Restore"/> removes on import, so the round trip keeps the answer.
    /// </summary>
    public static string? Defuse(string? text) =>
        text is { Length: > 0 } && (FormulaStarts.Contains(text[0]) || Restore(text) != text) ? "'" + text : text;

    public static string? Restore(string? text) =>
        text is { Length: > 1 } && text[0] == '\'' && (FormulaStarts.Contains(text[1]) || text[1] == '\'') ? text[1..] : text;

    public static IReadOnlyList<string> For(MethodologyDefinition methodology) =>
        [InitiativeCode, .. QuestionnaireFields.All.Select(field => field.Code), Status, .. methodology.Variables.Select(variable => LevelPrefix + variable.Code), LevelOverall];

    /// <summary>
    /// One export row, as machine values (SPEC §6): numbers with "." and no thousands separator, codes,
    /// English status names. Name, department and code are the initiative's own, never what answers say.
    /// </summary>
    public static IReadOnlyList<string?> Row(Initiative initiative, Submission submission, CategorizationResult result)
    {
        var answers = initiative.WithIdentity(submission.Answers);
        return
        [
            initiative.Code?.ToString(),
            .. QuestionnaireFields.All.Select(field => IsFreeText(field) ? Defuse(field.ToMachine(answers)) : field.ToMachine(answers)),
            submission.Status.ToString(),
            .. result.Variables.Select(variable => variable.Level is { } level ? ((int)level).ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            result.Overall is { } overall ? ((int)overall).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        ];
    }
}
