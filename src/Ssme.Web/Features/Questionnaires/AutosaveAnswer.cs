namespace Ssme.Web.Features.Questionnaires;

/// <summary>
/// What the page's script learns from an autosave: when it was stored, each written field's stored
/// value (the tab's new "loaded" value), and the fields that need the person, by field code.
/// </summary>
public sealed record AutosaveAnswer(
    string? SavedAt,
    IReadOnlyDictionary<string, string?> Stored,
    IReadOnlyDictionary<string, string> Problems,
    IReadOnlyDictionary<string, string> Conflicts,
    string? Refusal)
{
    public static AutosaveAnswer Refused(string message) => new(null, new Dictionary<string, string?>(), new Dictionary<string, string>(), new Dictionary<string, string>(), message);
}
