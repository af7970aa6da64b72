using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Infrastructure.Data;

namespace Ssme.Web.Features.Shared;

/// <summary>
/// Runs one use case in one transaction: the work's changes are saved and committed together when
/// it succeeds, and rolled back when it fails. It is also the one place where the domain's
/// refusals and lost races become a <see cref="Result"/>, so no handler catches them itself.
/// </summary>
public sealed class UnitOfWork(SsmeDbContext db, WriteGate writes)
{
    public const string ConflictMessage = "Otra persona o pestaña cambió estos datos mientras usted trabajaba. Revise su estado actual y repita la acción.";

    public Task<Result> RunAsync(Func<CancellationToken, Task<Result>> work, CancellationToken cancellationToken) =>
        RunCoreAsync(work, refusal => Result.Failure(refusal.Message, refusal.Input), () => Result.Conflict(ConflictMessage), cancellationToken);

    public Task<Result<T>> RunAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken) =>
        RunCoreAsync(work, refusal => Result.Failure<T>(refusal.Message, refusal.Input), () => Result.Conflict<T>(ConflictMessage), cancellationToken);

    private async Task<TResult> RunCoreAsync<TResult>(
        Func<CancellationToken, Task<TResult>> work,
        Func<DomainException, TResult> refused,
        Func<TResult> conflicted,
        CancellationToken cancellationToken)
        where TResult : Result
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // A use case called from another runs inside the caller's transaction; the caller commits.
            return await work(cancellationToken);
        }

        using var turn = await writes.EnterAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            try
            {
                var result = await work(token);
                if (result.Succeeded)
                {
                    await db.SaveChangesAsync(token);
                    await transaction.CommitAsync(token);
                }
                else
                {
                    await DiscardAsync(transaction);
                }

                return result;
            }
            catch (DomainException exception)
            {
                await DiscardAsync(transaction);
                return refused(exception);
            }
            catch (DbUpdateConcurrencyException)
            {
                await DiscardAsync(transaction);
                return conflicted();
            }
        }, cancellationToken);
    }

    private async Task DiscardAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        // Rolling back must not depend on the request still running, or a cancelled request would leave the transaction open.
        await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
    }
}
