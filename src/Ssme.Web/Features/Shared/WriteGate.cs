namespace Ssme.Web.Features.Shared;

/// <summary>
/// SQLite lets one transaction write at a time. When two collide, Microsoft.Data.Sqlite retries by
/// blocking a thread-pool thread for 150 ms per attempt, which put 300–450 ms tails on draft saves
/// with 32 managers and made page views queue behind the blocked threads. This process's units of
/// work therefore queue here, waiting asynchronously, before they begin a transaction on SQLite.
/// (SQL Server locks rows and needs no gate; other processes, such as command verbs, still meet
/// the driver's retry.)
/// </summary>
public sealed class WriteGate(bool enabled) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly AsyncLocal<bool> _held = new();

    /// <summary>Waits for this unit of work's turn; a unit of work started inside another already has it.</summary>
    public Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (!enabled || _held.Value)
        {
            return Task.FromResult<IDisposable?>(null);
        }

        // Marked here, outside an async method, so the mark reaches the caller and what it starts.
        _held.Value = true;
        return WaitForTurnAsync(cancellationToken);
    }

    private async Task<IDisposable?> WaitForTurnAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        return new Turn(this);
    }

    public void Dispose() => _turn.Dispose();

    private sealed class Turn(WriteGate gate) : IDisposable
    {
        public void Dispose()
        {
            gate._held.Value = false;
            gate._turn.Release();
        }
    }
}
