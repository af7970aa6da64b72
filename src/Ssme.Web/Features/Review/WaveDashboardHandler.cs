using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reporting;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;

namespace Ssme.Web.Features.Review;

/// <summary>A wave's dashboard for analysts.</summary>
public sealed class WaveDashboardHandler(SsmeDbContext db, SubmissionCategorizer categorizer)
{
    /// <summary>The dashboard's figures: counts per status and the categorization table, through the domain's one counting rule.</summary>
    public async Task<WaveFigures> FiguresAsync(Wave wave, CancellationToken cancellationToken)
    {
        var methodology = categorizer.Methodology(wave);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.WaveId == wave.Id).ToListAsync(cancellationToken);
        return WaveFigures.Compute(submissions, methodology);
    }
}
