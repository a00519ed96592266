namespace Review4U.Email.Sending;

/// <summary>
/// What a dispatch run's claim loop waits on: how many claimed messages the senders have not taken yet (unsent) and how
/// many are not recorded yet (outstanding). The claim loop waits for room (unsent down to <paramref name="claimAhead"/>:
/// the senders have started on the last batch, claim the next) or for everything to be recorded.
/// The waiter is woken only when a count reaches what it can be waiting for, not for every message taken: a wake-up per
/// message cost a thread-pool continuation (and often a thread switch) per send, to find the condition still false.
/// </summary>
internal sealed class DispatchProgress(int claimAhead) : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);
    private int _unsent;
    private int _outstanding;
    private int _wakeUps;

    /// <summary>Claimed, not yet taken by a sender.</summary>
    public int Unsent => Volatile.Read(ref _unsent);

    /// <summary>Claimed, not yet recorded.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    /// <summary>How many times a waiter was signalled (a diagnostic: about two per batch).</summary>
    public int WakeUps => Volatile.Read(ref _wakeUps);

    /// <summary>A batch of <paramref name="count"/> messages was claimed and handed to the senders.</summary>
    public void Claimed(int count)
    {
        Interlocked.Add(ref _outstanding, count);
        Interlocked.Add(ref _unsent, count);
    }

    /// <summary>A sender took one message. Only the step down to the claim-ahead mark can make room for a claim.</summary>
    public void Taken()
    {
        if (Interlocked.Decrement(ref _unsent) == claimAhead)
        {
            Signal();
        }
    }

    /// <summary>A batch of <paramref name="count"/> messages was recorded. Only the last one can make everything recorded.</summary>
    public void Recorded(int count)
    {
        if (Interlocked.Add(ref _outstanding, -count) == 0)
        {
            Signal();
        }
    }

    /// <summary>Until at most <c>claimAhead</c> messages are unsent; false when stopped first.</summary>
    public Task<bool> WaitForRoomAsync(CancellationToken stop) => WaitAsync(() => Unsent <= claimAhead, stop);

    /// <summary>Until every claimed message is recorded; false when stopped first.</summary>
    public Task<bool> WaitForAllRecordedAsync(CancellationToken stop) => WaitAsync(() => Outstanding == 0, stop);

    public void Dispose() => _signal.Dispose();

    private void Signal()
    {
        Interlocked.Increment(ref _wakeUps);
        _signal.Release();
    }

    // A signal given while nobody waits stays counted in the semaphore, so a condition that turns true between the check
    // and the wait is not missed; a stale one only costs one more check.
    private async Task<bool> WaitAsync(Func<bool> condition, CancellationToken stop)
    {
        try
        {
            while (!condition())
            {
                await _signal.WaitAsync(stop);
            }

            return !stop.IsCancellationRequested;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
