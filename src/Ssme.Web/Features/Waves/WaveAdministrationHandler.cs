using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Publication;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Waves;

public sealed record WaveDetails(string Code, string Name, int PeriodYear, DateOnly OpensOn, DateOnly ClosesOn);

public enum WaveTransition
{
    Open,
    Close,
    Reopen,
}

/// <summary>
/// Creates, edits and moves waves through their statuses for the admin pages and the wave verbs.
/// The rules themselves live in <see cref="Wave"/>; a wave and its audit entry commit together.
/// </summary>
public sealed class WaveAdministrationHandler(SsmeDbContext db, IAuditLog audit, UnitOfWork unitOfWork, PublicationHandler publications)
{
    public async Task<IReadOnlyList<Wave>> ListAsync(CancellationToken cancellationToken) =>
        await db.Waves.AsNoTracking().OrderByDescending(wave => wave.PeriodYear).ThenBy(wave => wave.Code).ToListAsync(cancellationToken);

    public Task<Wave?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Waves.AsNoTracking().FirstOrDefaultAsync(wave => wave.Id == id, cancellationToken);

    /// <summary>How many questionnaires of the wave are in each status: what closing it would freeze.</summary>
    public async Task<IReadOnlyDictionary<SubmissionStatus, int>> StatusCountsAsync(int waveId, CancellationToken cancellationToken) =>
        await db.Submissions.Where(submission => submission.WaveId == waveId)
            .GroupBy(submission => submission.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Status, row => row.Count, cancellationToken);

    public Task<Result<Wave>> CreateAsync(WaveDetails details, bool open, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var code = WaveCode.Parse(details.Code);
            if (await db.Waves.AnyAsync(existing => existing.Code == code.Value, token))
            {
                return Result.Failure<Wave>($"Ya existe una ola con el código «{code}».", nameof(WaveDetails.Code));
            }

            var wave = Wave.Create(code, details.Name, details.PeriodYear, details.OpensOn, details.ClosesOn);
            if (open)
            {
                wave.Open();
            }

            db.Waves.Add(wave);
            audit.Record(actor, "WaveCreated", nameof(Wave), wave.Code, new { wave.Name, wave.PeriodYear, wave.OpensOn, wave.ClosesOn, Status = wave.Status.ToString() });
            return Result.Ok(wave);
        }, cancellationToken);

    public Task<Result> EditAsync(int id, WaveDetails details, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var wave = await db.Waves.FirstOrDefaultAsync(existing => existing.Id == id, token);
            if (wave is null)
            {
                return Result.Failure("La ola no existe.");
            }

            wave.Edit(details.Name, details.PeriodYear, details.OpensOn, details.ClosesOn);
            audit.Record(actor, "WaveEdited", nameof(Wave), wave.Code, details);
            return Result.Success;
        }, cancellationToken);

    public Task<Result<Wave>> TransitionAsync(int id, WaveTransition transition, Actor actor, CancellationToken cancellationToken) =>
        TransitionAsync(db.Waves.Where(existing => existing.Id == id), transition, actor, cancellationToken);

    public Task<Result<Wave>> TransitionAsync(string code, WaveTransition transition, Actor actor, CancellationToken cancellationToken) =>
        TransitionAsync(db.Waves.WithCode(code), transition, actor, cancellationToken);

    private Task<Result<Wave>> TransitionAsync(IQueryable<Wave> target, WaveTransition transition, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var wave = await target.FirstOrDefaultAsync(token);
            if (wave is null)
            {
                return Result.Failure<Wave>("La ola no existe.");
            }

            var before = wave.Status;
            switch (transition)
            {
                case WaveTransition.Open:
                    wave.Open();
                    break;
                case WaveTransition.Close:
                    wave.Close();
                    break;
                case WaveTransition.Reopen:
                    wave.Reopen();
                    await publications.WithdrawAsync(wave, actor, token);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(transition), transition, null);
            }

            audit.Record(actor, "Wave" + transition, nameof(Wave), wave.Code, new { from = before.ToString(), to = wave.Status.ToString() });
            return Result.Ok(wave);
        }, cancellationToken);
}
