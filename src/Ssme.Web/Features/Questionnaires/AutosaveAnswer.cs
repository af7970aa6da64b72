namespace Ssme.Web.Features.Questionnaires;

/// <summary>
/// What the page's script learns from an autosave: when it was stored, each written field's stored
/// value (the tab's new "loaded" value), and the fields that need the person, by field code: values
/// refused (not stored), stored values that disagree with other answers, and clashes with another tab.
/// When nothing could be stored, <see cref="Refusal"/> says why; when the session ended or the page's
/// token expired, <see cref="Resume"/> is where the kept values come back.
/// </summary>
public sealed record AutosaveAnswer(
    string? SavedAt,
    IReadOnlyDictionary<string, string?> Stored,
    IReadOnlyDictionary<string, string> Refused,
    IReadOnlyDictionary<string, string> Rules,
    IReadOnlyDictionary<string, string> Conflicts,
    string? Refusal,
    string? Resume = null)
{
    private static readonly Dictionary<string, string> None = [];

    public static AutosaveAnswer NotSaved(string message) => new(null, new Dictionary<string, string?>(), None, None, None, message);

    /// <summary>The values were kept aside (not stored in the questionnaire) and come back at <paramref name="resume"/>.</summary>
    public static AutosaveAnswer Kept(string resume) => new(null, new Dictionary<string, string?>(), None, None, None, null, resume);

    /// <summary>Whether the request is the script's autosave, which must be answered as JSON, never with a redirect or a page.</summary>
    public static bool IsAutosave(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && string.Equals(request.Query["handler"], "Autosave", StringComparison.OrdinalIgnoreCase);
}
