using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
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
/// Creates, edits and moves waves through their statuses for the admin pages and the
/// <c>create-wave</c> command. The rules themselves live in <see cref="Wave"/>.
/// </summary>
public sealed class WaveAdministration(SsmeDbContext db, IAuditLog audit)
{
    public async Task<IReadOnlyList<Wave>> ListAsync(CancellationToken cancellationToken) =>
        await db.Waves.AsNoTracking().OrderByDescending(wave => wave.PeriodYear).ThenBy(wave => wave.Code).ToListAsync(cancellationToken);

    public Task<Wave?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Waves.AsNoTracking().FirstOrDefaultAsync(wave => wave.Id == id, cancellationToken);

    public async Task<(OperationResult Result, Wave? Wave)> CreateAsync(WaveDetails details, bool open, Actor actor, CancellationToken cancellationToken)
    {
        Wave wave;
        try
        {
            var code = WaveCode.Parse(details.Code);
            if (await db.Waves.AnyAsync(existing => existing.Code == code.Value, cancellationToken))
            {
                return (OperationResult.Failure($"Ya existe una ola con el código «{code}»."), null);
            }

            wave = Wave.Create(code, details.Name, details.PeriodYear, details.OpensOn, details.ClosesOn);
            if (open)
            {
                wave.Open();
            }
        }
        catch (DomainException exception)
        {
            return (OperationResult.Failure(exception.Message), null);
        }

        db.Waves.Add(wave);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "WaveCreated", nameof(Wave), wave.Code, new { wave.Name, wave.PeriodYear, wave.OpensOn, wave.ClosesOn, Status = wave.Status.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return (OperationResult.Success, wave);
    }

    public async Task<OperationResult> EditAsync(int id, WaveDetails details, Actor actor, CancellationToken cancellationToken)
    {
        var wave = await db.Waves.FirstOrDefaultAsync(existing => existing.Id == id, cancellationToken);
        if (wave is null)
        {
            return OperationResult.Failure("La ola no existe.");
        }

        try
        {
            wave.Edit(details.Name, details.PeriodYear, details.OpensOn, details.ClosesOn);
        }
        catch (DomainException exception)
        {
            return OperationResult.Failure(exception.Message);
        }

        audit.Record(actor, "WaveEdited", nameof(Wave), wave.Code, details);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    public async Task<OperationResult> TransitionAsync(int id, WaveTransition transition, Actor actor, CancellationToken cancellationToken)
    {
        var wave = await db.Waves.FirstOrDefaultAsync(existing => existing.Id == id, cancellationToken);
        if (wave is null)
        {
            return OperationResult.Failure("La ola no existe.");
        }

        var before = wave.Status;
        try
        {
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
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(transition), transition, null);
            }
        }
        catch (DomainException exception)
        {
            return OperationResult.Failure(exception.Message);
        }

        audit.Record(actor, "Wave" + transition, nameof(Wave), wave.Code, new { from = before.ToString(), to = wave.Status.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }
}
