using System.Collections.Concurrent;
using Npgsql;

namespace Review4U.Email.Sending;

/// <summary>
/// The rows of one claim while they are being sent, locked by the claim's still-open <see cref="Transaction"/>: each
/// message ends with an outcome (sent, retry, failed) or is released unsent. The recorder writes the outcomes in that
/// transaction a chunk at a time while the rest are still on the wire, and commits (which releases the locks) once the
/// last message has ended, so that only the last chunk's write is left between the last message sent and the commit.
/// Nothing is committed before the end: a run that dies mid-batch still leaves every row of the batch due again.
/// </summary>
internal sealed class ClaimedBatch(NpgsqlTransaction transaction, List<ClaimedEmail> emails, int recordChunk)
{
    private readonly SendOutcome?[] _outcomes = new SendOutcome?[emails.Count];
    private readonly ConcurrentQueue<int> _waiting = new(); // ended with an outcome, not yet taken by the recorder
    private int _unended = emails.Count;
    private int _finished;

    public NpgsqlTransaction Transaction => transaction;

    public IReadOnlyList<ClaimedEmail> Emails => emails;

    public int Count => emails.Count;

    /// <summary>Every message has an outcome or was released; whatever <see cref="TakeFinished"/> returns after this is all that is left.</summary>
    public bool Ended => Volatile.Read(ref _unended) == 0;

    /// <summary>The recorder has committed the batch (read and written by the recorder only).</summary>
    public bool Committed { get; set; }

    /// <summary>
    /// Records the outcome of message <paramref name="index"/>; true when the recorder should look at the batch: a
    /// chunk's worth of outcomes is waiting, or this was the batch's last open message.
    /// </summary>
    public bool Finish(int index, SendOutcome outcome)
    {
        _outcomes[index] = outcome;
        _waiting.Enqueue(index); // before the count below, so that an ended batch has every outcome queued
        var chunkFull = Interlocked.Increment(ref _finished) % recordChunk == 0;
        return Interlocked.Decrement(ref _unended) == 0 || chunkFull;
    }

    /// <summary>Message <paramref name="index"/> was never handed to SMTP; true when it was the batch's last open message.</summary>
    public bool Release(int index) => Interlocked.Decrement(ref _unended) == 0;

    /// <summary>The messages that reached an outcome since the last call, with it.</summary>
    public List<(ClaimedEmail Email, SendOutcome Outcome)> TakeFinished()
    {
        var finished = new List<(ClaimedEmail, SendOutcome)>(_waiting.Count);
        while (_waiting.TryDequeue(out var i))
        {
            finished.Add((emails[i], _outcomes[i] ?? throw new InvalidOperationException($"message {i} ({emails[i].Id}) has no outcome")));
        }

        return finished;
    }
}
