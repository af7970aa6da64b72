using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Methodology;

/// <summary>
/// Categorizes a submission with the methodology its wave pins. Every page, import, export and
/// report goes through here to reach the one engine.
/// </summary>
public sealed class SubmissionCategorizer(MethodologyCatalog catalog)
{
    public MethodologyDefinition Methodology(Wave wave) => catalog.Get(wave.MethodologyVersion);

    public CategorizationResult Categorize(Submission submission, Wave wave) =>
        Categorizer.Categorize(submission.Answers, Methodology(wave));

    /// <summary>Recomputes the overall level stored with the submission, for lists and filters.</summary>
    public CategorizationResult Refresh(Submission submission, Wave wave)
    {
        var result = Categorize(submission, wave);
        submission.RecordOverallLevel(result.Overall is { } level ? (int)level : null);
        return result;
    }
}
