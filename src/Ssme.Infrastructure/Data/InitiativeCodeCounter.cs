using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;

namespace Ssme.Infrastructure.Data;

/// <summary>
/// The last initiative number handed out: one row, bumped in the saving transaction, so two
/// initiatives created at once get different codes and a code is never given twice, even when the
/// numbers of initiatives created later are higher than the rows left.
/// </summary>
public sealed class InitiativeCodeCounter
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public int LastNumber { get; set; }

    /// <summary>Reserves <paramref name="count"/> numbers; the database's row lock serializes concurrent savers until they commit.</summary>
    internal static async Task<IReadOnlyList<InitiativeCode>> ReserveAsync(SsmeDbContext db, int count, CancellationToken cancellationToken)
    {
        await db.Set<InitiativeCodeCounter>().Where(counter => counter.Id == SingleId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(counter => counter.LastNumber, counter => counter.LastNumber + count), cancellationToken);
        var last = await db.Set<InitiativeCodeCounter>().Where(counter => counter.Id == SingleId).Select(counter => counter.LastNumber).SingleAsync(cancellationToken);
        return Enumerable.Range(last - count + 1, count).Select(InitiativeCode.FromNumber).ToList();
    }
}
