using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Reports;
using Ssme.Web.Features.Narrative;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Reports;

/// <summary>A rendered PDF, positioned at its start, with the wave it belongs to.</summary>
public sealed record ReportPdf(Wave Wave, MemoryStream Content);

/// <summary>
/// The wave report and the ficha of an initiative, for the reports page, both ficha downloads and
/// the <c>report</c> verb: loads the data, lets the domain compute the figures, renders the PDF.
/// </summary>
public sealed class ReportHandler(SsmeDbContext db, SubmissionCategorizer categorizer, NarrativeHandler narratives, TimeProvider clock)
{
    public async Task<Result<ReportPdf>> WaveReportAsync(int waveId, CancellationToken cancellationToken) =>
        await WaveReportAsync(await db.Waves.AsNoTracking().FirstOrDefaultAsync(wave => wave.Id == waveId, cancellationToken), "La ola no existe.", cancellationToken);

    public async Task<Result<ReportPdf>> WaveReportAsync(string waveCode, CancellationToken cancellationToken) =>
        await WaveReportAsync(await db.Waves.AsNoTracking().FindByCodeAsync(waveCode, cancellationToken), WaveQueries.NotFound(waveCode), cancellationToken);

    private async Task<WaveReport> BuildWaveReportAsync(Wave wave, CancellationToken cancellationToken)
    {
        var waves = await db.Waves.AsNoTracking().ToListAsync(cancellationToken);
        var entries = await Entries(db.Submissions).ToListAsync(cancellationToken);
        var byWave = entries.ToLookup(entry => entry.Submission.WaveId);
        var reference = await db.ReferenceFigures.AsNoTracking().ToListAsync(cancellationToken);
        var history = await db.HistoricalFigures.AsNoTracking().ToListAsync(cancellationToken);
        return WaveReport.Build(
            wave,
            categorizer.Methodology(wave),
            byWave[wave.Id].ToList(),
            waves.Select(item => (item, (IReadOnlyList<ReportEntry>)byWave[item.Id].ToList())).ToList(),
            reference,
            categorizer.Methodology,
            history);
    }

    /// <summary>The ficha of one submission: its levels, and the wave's distribution beside each variable.</summary>
    public async Task<Result<ReportPdf>> FichaAsync(int submissionId, CancellationToken cancellationToken)
    {
        var ficha = await BuildFichaAsync(submissionId, cancellationToken);
        if (ficha is null)
        {
            return Result.Failure<ReportPdf>("El cuestionario no existe.");
        }

        var pdf = new MemoryStream();
        FichaDocument.Write(ficha, clock.GetUtcNow(), pdf, cancellationToken);
        pdf.Position = 0;
        return Result.Ok(new ReportPdf(ficha.Wave, pdf));
    }

    /// <summary>The ficha of the initiative called <paramref name="initiativeName"/> (accents and case ignored) in a wave.</summary>
    public async Task<Result<ReportPdf>> FichaAsync(string waveCode, string initiativeName, CancellationToken cancellationToken)
    {
        var wave = await db.Waves.AsNoTracking().FindByCodeAsync(waveCode, cancellationToken);
        if (wave is null)
        {
            return Result.Failure<ReportPdf>(WaveQueries.NotFound(waveCode));
        }

        var normalized = Initiative.NormalizeName(initiativeName);
        var matches = await (
            from submission in db.Submissions
            join initiative in db.Initiatives on submission.InitiativeId equals initiative.Id
            where submission.WaveId == wave.Id && initiative.NormalizedName == normalized
            select new { submission.Id, initiative.DepartmentCode })
            .ToListAsync(cancellationToken);
        return matches.Count switch
        {
            1 => await FichaAsync(matches[0].Id, cancellationToken),
            0 => Result.Failure<ReportPdf>($"La ola no tiene un cuestionario de la iniciativa «{initiativeName}»."),
            _ => Result.Failure<ReportPdf>($"Hay {matches.Count} iniciativas llamadas «{initiativeName}» en la ola ({string.Join(", ", matches.Select(match => Department.FromCode(match.DepartmentCode).Name))})."),
        };
    }

    /// <summary>The ficha's figures for the pages that show it; null when the submission does not exist.</summary>
    public async Task<InitiativeReport?> FichaReportAsync(int submissionId, CancellationToken cancellationToken) =>
        await BuildFichaAsync(submissionId, cancellationToken);

    private async Task<InitiativeReport?> BuildFichaAsync(int submissionId, CancellationToken cancellationToken)
    {
        var entry = await Entries(db.Submissions.Where(submission => submission.Id == submissionId)).FirstOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var wave = await db.Waves.AsNoTracking().SingleAsync(item => item.Id == entry.Submission.WaveId, cancellationToken);
        var waveEntries = await Entries(db.Submissions.Where(submission => submission.WaveId == wave.Id)).ToListAsync(cancellationToken);
        var history = await (
            from submission in db.Submissions.AsNoTracking()
            join earlier in db.Waves.AsNoTracking() on submission.WaveId equals earlier.Id
            where submission.InitiativeId == entry.Initiative.Id && submission.WaveId != wave.Id
            select new { earlier, submission })
            .ToListAsync(cancellationToken);
        return InitiativeReport.Build(wave, entry, categorizer.Methodology(wave), waveEntries, [.. history.Select(item => (item.earlier, item.submission))], categorizer.Methodology);
    }

    private async Task<Result<ReportPdf>> WaveReportAsync(Wave? wave, string notFound, CancellationToken cancellationToken)
    {
        if (wave is null)
        {
            return Result.Failure<ReportPdf>(notFound);
        }

        var report = await BuildWaveReportAsync(wave, cancellationToken);
        var pdf = new MemoryStream();
        WaveReportDocument.Write(report, await narratives.TextsAsync(wave, cancellationToken), clock.GetUtcNow(), pdf, cancellationToken);
        pdf.Position = 0;
        return Result.Ok(new ReportPdf(wave, pdf));
    }

    /// <summary>The given submissions, each with its initiative, as the report reads them.</summary>
    private IQueryable<ReportEntry> Entries(IQueryable<Submission> submissions) =>
        from submission in submissions.AsNoTracking()
        join initiative in db.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
        select new ReportEntry(initiative, submission);
}
