using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reporting;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;

namespace Ssme.Infrastructure.Reports;

/// <summary>Loads a wave's data, lets the domain compute the figures, and renders the PDF.</summary>
public sealed class ReportService(SsmeDbContext db, SubmissionCategorizer categorizer, TimeProvider clock)
{
    public async Task<WaveReport> BuildWaveReportAsync(Wave wave, CancellationToken cancellationToken)
    {
        var waves = await db.Waves.AsNoTracking().ToListAsync(cancellationToken);
        var entries = await EntriesAsync(null, cancellationToken);
        var byWave = entries.ToLookup(entry => entry.Submission.WaveId);
        var reference = await db.ReferenceFigures.AsNoTracking().ToListAsync(cancellationToken);
        return WaveReport.Build(
            wave,
            categorizer.Methodology(wave),
            byWave[wave.Id].ToList(),
            waves.Select(item => (item, (IReadOnlyList<ReportEntry>)byWave[item.Id].ToList())).ToList(),
            reference);
    }

    public async Task WriteWaveReportAsync(Wave wave, Stream output, CancellationToken cancellationToken)
    {
        var report = await BuildWaveReportAsync(wave, cancellationToken);
        WaveReportDocument.Write(report, clock.GetUtcNow(), output, cancellationToken);
    }

    /// <summary>The ficha of one submission: its levels, and the wave's distribution beside each variable.</summary>
    public async Task<InitiativeReport?> BuildFichaAsync(int submissionId, CancellationToken cancellationToken)
    {
        var entry = (await EntriesAsync(submissionId, cancellationToken)).FirstOrDefault();
        if (entry is null)
        {
            return null;
        }

        var wave = await db.Waves.AsNoTracking().SingleAsync(item => item.Id == entry.Submission.WaveId, cancellationToken);
        var methodology = categorizer.Methodology(wave);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.WaveId == wave.Id).ToListAsync(cancellationToken);
        return new InitiativeReport(wave, entry.Initiative, entry.Submission, categorizer.Categorize(entry.Submission, wave), WaveFigures.Compute(submissions, methodology));
    }

    public async Task<bool> WriteFichaAsync(int submissionId, Stream output, CancellationToken cancellationToken)
    {
        var ficha = await BuildFichaAsync(submissionId, cancellationToken);
        if (ficha is null)
        {
            return false;
        }

        FichaDocument.Write(ficha, clock.GetUtcNow(), output, cancellationToken);
        return true;
    }

    private async Task<List<ReportEntry>> EntriesAsync(int? submissionId, CancellationToken cancellationToken) =>
        await (
            from submission in db.Submissions.AsNoTracking()
            join initiative in db.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
            where submissionId == null || submission.Id == submissionId
            select new ReportEntry(initiative, submission))
            .ToListAsync(cancellationToken);
}
