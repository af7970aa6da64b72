using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Exchange;
using Ssme.Domain.History;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.History;

/// <summary>Published figures of waves that ran before the portal, loaded from a CSV or XLSX file (SPEC §12).</summary>
public sealed class HistoricalFiguresHandler(SsmeDbContext db, IAuditLog audit, UnitOfWork unitOfWork)
{
    public async Task<IReadOnlyList<HistoricalFigure>> ListAsync(CancellationToken cancellationToken) =>
        (await db.HistoricalFigures.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(figure => figure.PeriodYear).ThenBy(figure => figure.WaveCode, StringComparer.Ordinal)
            .ThenBy(figure => HistoryRules.Figures.ToList().IndexOf(figure.Figure)).ThenBy(figure => figure.DepartmentCode, StringComparer.Ordinal)
            .ToList();

    /// <summary>Adds or replaces every (wave, figure, department) in the file; all rows or none. The value is how many were saved.</summary>
    public async Task<Result<int>> ImportAsync(Stream input, ExchangeFormat format, Actor actor, CancellationToken cancellationToken)
    {
        var read = await CheckedUpload.ReadAsync<HistoryRow>(input, format, HistoryRules.Check, cancellationToken);
        if (!read.Succeeded)
        {
            return Result.Failure<int>(read.Errors);
        }

        var rows = read.Value;

        return await unitOfWork.RunAsync(async token =>
        {
            var existing = await db.HistoricalFigures.ToListAsync(token);

            // A wave keeps one name and year: the figures already stored take the ones the new file gives.
            foreach (var stored in existing)
            {
                if (rows.FirstOrDefault(row => string.Equals(row.WaveCode, stored.WaveCode, StringComparison.OrdinalIgnoreCase)) is { } named)
                {
                    stored.Update(named with { Value = stored.Value });
                }
            }

            foreach (var row in rows)
            {
                var figure = existing.FirstOrDefault(item => item.WaveCode == row.WaveCode && item.Figure == row.Figure && item.DepartmentCode == row.DepartmentCode);
                if (figure is null)
                {
                    db.HistoricalFigures.Add(new HistoricalFigure(row));
                }
                else
                {
                    figure.Update(row);
                }
            }

            audit.Record(actor, "HistoryImported", nameof(HistoricalFigure), string.Join(",", rows.Select(row => row.WaveCode).Distinct()), new { Rows = rows.Count });
            return Result.Ok(rows.Count);
        }, cancellationToken);
    }

    /// <summary>Deletes every historical figure of one wave (audited); the value is how many were deleted.</summary>
    public async Task<Result<int>> DeleteWaveAsync(string waveCode, Actor actor, CancellationToken cancellationToken) =>
        await unitOfWork.RunAsync(async token =>
        {
            var figures = await db.HistoricalFigures.Where(figure => figure.WaveCode == waveCode).ToListAsync(token);
            if (figures.Count == 0)
            {
                return Result.Failure<int>($"No hay cifras históricas de la ola «{waveCode}».", "waveCode");
            }

            db.HistoricalFigures.RemoveRange(figures);
            audit.Record(actor, "HistoryDeleted", nameof(HistoricalFigure), waveCode, new { figures[0].WaveName, figures[0].PeriodYear, Figures = figures.Count });
            return Result.Ok(figures.Count);
        }, cancellationToken);
}
