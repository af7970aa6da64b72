using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Exchange;
using Ssme.Domain.Reference;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Reference;

/// <summary>National reference figures per department and year, loaded from a small CSV or XLSX file.</summary>
public sealed class ReferenceFiguresHandler(SsmeDbContext db, IAuditLog audit, UnitOfWork unitOfWork)
{
    public async Task<IReadOnlyList<ReferenceFigure>> ListAsync(CancellationToken cancellationToken) =>
        (await db.ReferenceFigures.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(figure => figure.Year).ThenByDescending(figure => figure.IsNational).ThenBy(figure => figure.PlaceName, StringComparer.Create(EsCo.Culture, false))
            .ToList();

    /// <summary>
    /// Adds or replaces the figures of every (department, year) in the file; all rows or none. The
    /// value says how many were saved and warns of every share above 100 % they give (SPEC §12).
    /// </summary>
    public async Task<Result<ReferenceImport>> ImportAsync(Stream input, ExchangeFormat format, Actor actor, CancellationToken cancellationToken)
    {
        var read = await CheckedUpload.ReadAsync<ReferenceRow>(input, format, ReferenceRules.Check, cancellationToken);
        if (!read.Succeeded)
        {
            return Result.Failure<ReferenceImport>(read.Errors);
        }

        var rows = read.Value;

        return await unitOfWork.RunAsync(async token =>
        {
            var existing = await db.ReferenceFigures.ToListAsync(token);
            foreach (var row in rows)
            {
                var figure = existing.FirstOrDefault(item => item.DepartmentCode == row.DepartmentCode && item.Year == row.Year);
                if (figure is null)
                {
                    db.ReferenceFigures.Add(new ReferenceFigure(row.DepartmentCode, row.Year, row.OccupiedPopulation, row.RegisteredFirms));
                }
                else
                {
                    figure.Update(row.OccupiedPopulation, row.RegisteredFirms);
                }
            }

            audit.Record(actor, "ReferenceImported", nameof(ReferenceFigure), string.Join(",", rows.Select(row => row.Year).Distinct()), new { Rows = rows.Count });
            return Result.Ok(new ReferenceImport(rows.Count, await WarningsAsync(rows, token)));
        }, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> WarningsAsync(IReadOnlyList<ReferenceRow> rows, CancellationToken cancellationToken)
    {
        var years = rows.Select(row => row.Year).Distinct().ToList();
        var waves = await db.Waves.AsNoTracking().Where(wave => years.Contains(wave.PeriodYear)).ToListAsync(cancellationToken);
        var waveIds = waves.Select(wave => wave.Id).ToList();
        var entries = await (
            from submission in db.Submissions.AsNoTracking().Where(submission => waveIds.Contains(submission.WaveId))
            join initiative in db.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
            select new ReportEntry(initiative, submission)).ToListAsync(cancellationToken);
        return RegionalDimension.UnitErrorWarnings(
            rows,
            [.. waves.Select(wave => (wave.PeriodYear, (IReadOnlyList<ReportEntry>)[.. entries.Where(entry => entry.Submission.WaveId == wave.Id && entry.Submission.IsCategorized)]))]);
    }
}

/// <summary>How many reference figures were saved, and the shares above 100 % they give.</summary>
public sealed record ReferenceImport(int Saved, IReadOnlyList<string> Warnings);
