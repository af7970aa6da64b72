namespace Ssme.Domain.Questionnaire;

/// <summary>
/// Two tabs (or two people) editing one questionnaire never erase each other: a save writes only the
/// fields changed in its tab since the tab loaded them, a three-way merge of what the tab loaded,
/// what it sends and what is stored now.
/// </summary>
public static class TabMerge
{
    /// <param name="loaded">The field's value when the tab loaded the page; null when the form did not say (then the typed value wins, as a plain save).</param>
    public static TabEdit Decide(QuestionField field, Answers stored, string? loaded, string? typed)
    {
        var sent = Comparable(field, typed);
        if (loaded is null)
        {
            return TabEdit.Write;
        }

        if (sent == Comparable(field, loaded))
        {
            return TabEdit.Untouched;
        }

        var now = field.ToMachine(stored) ?? string.Empty;
        return now == Comparable(field, loaded) || now == sent ? TabEdit.Write : TabEdit.Conflict;
    }

    /// <summary>Compares answers, not keystrokes: "7" and " 7 ", choices in any order and CRLF against LF are the same answer.</summary>
    private static string Comparable(QuestionField field, string? input)
    {
        var text = (input ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        var parsed = field.TryAssign(new Answers(), text, ValueFormat.Typed);
        return parsed.Problem is null ? field.ToMachine(parsed.Answers) ?? string.Empty : "\u0000" + text.Trim();
    }
}
