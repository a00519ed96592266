using Npgsql;

namespace Review4U.Email.Sending;

/// <summary>
/// The rows of one claim while they are being sent, locked by the claim's still-open <see cref="Transaction"/>: each
/// message ends with an outcome (sent, retry, failed) or is released unsent; when the last one ends, the batch is ready
/// to be recorded (one statement, committed in that transaction, which also releases the locks).
/// </summary>
internal sealed class ClaimedBatch(NpgsqlTransaction transaction, List<ClaimedEmail> emails)
{
    private readonly SendOutcome?[] _outcomes = new SendOutcome?[emails.Count];
    private readonly bool[] _released = new bool[emails.Count];
    private int _unfinished = emails.Count;

    public NpgsqlTransaction Transaction => transaction;

    public IReadOnlyList<ClaimedEmail> Emails => emails;

    public int Count => emails.Count;

    /// <summary>Records the outcome of message <paramref name="index"/>; true when it was the batch's last open message.</summary>
    public bool Finish(int index, SendOutcome outcome)
    {
        _outcomes[index] = outcome;
        return Interlocked.Decrement(ref _unfinished) == 0;
    }

    /// <summary>Message <paramref name="index"/> was never handed to SMTP; true when it was the batch's last open message.</summary>
    public bool Release(int index)
    {
        _released[index] = true;
        return Interlocked.Decrement(ref _unfinished) == 0;
    }

    /// <summary>The messages that reached an outcome, with it (read once the batch is finished).</summary>
    public List<(ClaimedEmail Email, SendOutcome Outcome)> Outcomes()
    {
        var finished = new List<(ClaimedEmail, SendOutcome)>(emails.Count);
        for (var i = 0; i < emails.Count; i++)
        {
            if (!_released[i])
            {
                finished.Add((emails[i], _outcomes[i] ?? throw new InvalidOperationException($"message {i} ({emails[i].Id}) has no outcome")));
            }
        }

        return finished;
    }
}
