using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Publication;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Reports;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Publication;

/// <summary>A published wave in the public list, without the PDF's bytes.</summary>
public sealed record PublicationListing(Wave Wave, string PdfSha256, DateTimeOffset PublishedAt);

/// <summary>A wave's current publication as the public pages read it.</summary>
public sealed record PublishedWave(Wave Wave, WavePublication Publication, PublicResults Results);

/// <summary>
/// Publishes closed waves (SPEC §13) for the reports page and the <c>publish</c> verb: renders the
/// report once, keeps its bytes with their SHA-256 and the public aggregates, and serves them
/// unchanged from then on. Reopening the wave withdraws the publication.
/// </summary>
public sealed class PublicationHandler(SsmeDbContext db, ReportHandler reports, SubmissionCategorizer categorizer, IAuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    public Task<Result<WavePublication>> PublishAsync(int waveId, Actor actor, CancellationToken cancellationToken) =>
        PublishAsync(db.Waves.Where(wave => wave.Id == waveId), "La ola no existe.", actor, cancellationToken);

    public Task<Result<WavePublication>> PublishAsync(string waveCode, Actor actor, CancellationToken cancellationToken) =>
        PublishAsync(db.Waves.WithCode(waveCode), WaveQueries.NotFound(waveCode), actor, cancellationToken);

    /// <summary>Withdraws the wave's publication, if any, inside the caller's unit of work (reopening the wave).</summary>
    public async Task WithdrawAsync(Wave wave, Actor actor, CancellationToken cancellationToken)
    {
        var current = await db.WavePublications.Where(publication => publication.WaveId == wave.Id && publication.WithdrawnAt == null).ToListAsync(cancellationToken);
        foreach (var publication in current)
        {
            publication.Withdraw(actor, clock.GetUtcNow());
            audit.Record(actor, "PublicationWithdrawn", nameof(Wave), wave.Code, new { publication.PdfSha256, publication.PublishedAt });
        }
    }

    /// <summary>The waves published now, newest analysed year first.</summary>
    public async Task<IReadOnlyList<PublicationListing>> ListAsync(CancellationToken cancellationToken)
    {
        var published = await (
            from publication in db.WavePublications.AsNoTracking()
            join wave in db.Waves.AsNoTracking() on publication.WaveId equals wave.Id
            where publication.WithdrawnAt == null
            select new PublicationListing(wave, publication.PdfSha256, publication.PublishedAt))
            .ToListAsync(cancellationToken);
        return published
            .OrderByDescending(item => item.Wave.PeriodYear).ThenBy(item => item.Wave.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The wave with <paramref name="waveCode"/> when it is published now; null otherwise.</summary>
    public async Task<PublishedWave?> FindAsync(string waveCode, CancellationToken cancellationToken)
    {
        var wave = await db.Waves.AsNoTracking().FindByCodeAsync(waveCode, cancellationToken);
        if (wave is null)
        {
            return null;
        }

        var publication = await db.WavePublications.AsNoTracking()
            .Where(item => item.WaveId == wave.Id && item.WithdrawnAt == null)
            .OrderByDescending(item => item.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return publication is null ? null : new PublishedWave(wave, publication, publication.Results);
    }

    private Task<Result<WavePublication>> PublishAsync(IQueryable<Wave> target, string notFound, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var wave = await target.AsNoTracking().FirstOrDefaultAsync(token);
            if (wave is null)
            {
                return Result.Failure<WavePublication>(notFound);
            }

            WavePublication.EnsurePublishable(wave);
            var current = await db.WavePublications.AsNoTracking().FirstOrDefaultAsync(item => item.WaveId == wave.Id && item.WithdrawnAt == null, token);
            if (current is not null)
            {
                return Result.Failure<WavePublication>($"La {wave.Name} ya está publicada desde el {EsCo.DateTime(current.PublishedAt)}. Para publicarla de nuevo, reábrala (eso retira la publicación) y vuelva a cerrarla.");
            }

            var pdf = await reports.WaveReportAsync(wave.Id, token);
            if (!pdf.Succeeded)
            {
                return Result.Failure<WavePublication>(pdf.Errors);
            }

            var publication = WavePublication.Publish(wave, pdf.Value.Content.ToArray(), await ResultsAsync(wave, token), actor, clock.GetUtcNow());
            db.WavePublications.Add(publication);
            audit.Record(actor, "WavePublished", nameof(Wave), wave.Code, new { publication.PdfSha256, Bytes = publication.Pdf.Length });
            return Result.Ok(publication);
        }, cancellationToken);

    private async Task<PublicResults> ResultsAsync(Wave wave, CancellationToken cancellationToken)
    {
        var entries = await (
            from submission in db.Submissions.AsNoTracking()
            join initiative in db.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
            where submission.WaveId == wave.Id
            select new { submission, initiative.DepartmentCode })
            .ToListAsync(cancellationToken);
        var figures = WaveFigures.Compute(entries.Select(entry => entry.submission), categorizer.Methodology(wave));
        var categorized = entries
            .Where(entry => entry.submission.IsCategorized)
            .Select(entry => (Ssme.Domain.Initiatives.Department.FromCode(entry.DepartmentCode), entry.submission.Answers.Macrosector))
            .ToList();
        return PublicResults.Build(figures, categorized, wave.Code, wave.Name, wave.PeriodYear);
    }
}
