using Ssme.Domain.Methodology;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Web.Features.Categorization;

/// <summary>
/// Categorizes a submission with the methodology its wave pins. Every page, import, export and
/// report goes through here to reach the one engine.
/// </summary>
public sealed class SubmissionCategorizer(MethodologyCatalog catalog)
{
    public CategorizationResult Categorize(Submission submission, Wave wave) =>
        Categorizer.Categorize(submission.Answers, catalog.Get(wave.MethodologyVersion));

    /// <summary>Recomputes the overall level stored with the submission, for lists and filters.</summary>
    public CategorizationResult Refresh(Submission submission, Wave wave)
    {
        var result = Categorize(submission, wave);
        submission.RecordOverallLevel(result.Overall is { } level ? (int)level : null);
        return result;
    }
}
