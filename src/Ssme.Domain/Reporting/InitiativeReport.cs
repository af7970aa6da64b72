using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

/// <summary>The ficha of one initiative in one wave: its levels with reasons, beside the wave's distribution.</summary>
public sealed record InitiativeReport(Wave Wave, Initiative Initiative, Submission Submission, CategorizationResult Result, WaveFigures WaveFigures);
