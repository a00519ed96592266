using Review4U.Email.Sending;

namespace Review4U.Email.Tests.Sending;

/// <summary>
/// A batch's outcomes go to the recorder a chunk at a time while the rest are on the wire, so that the write left after
/// its last message is a chunk's, not the whole batch's; the recorder must still get every outcome exactly once.
/// </summary>
public sealed class ClaimedBatchTests
{
    [Fact]
    public void Finish_AsksForARecording_AtEveryFullChunkAndAtTheEnd()
    {
        var batch = Batch(size: 250, recordChunk: 100);

        var asked = Enumerable.Range(0, 250).Where(i => batch.Finish(i, SendOutcome.Sent("250 OK"))).Select(i => i + 1).ToList();

        Assert.Equal([100, 200, 250], asked);
    }

    [Fact]
    public void TakeFinished_ReturnsEachOutcomeOnce_AndEveryOneByTheTimeTheBatchHasEnded()
    {
        var batch = Batch(size: 250, recordChunk: 100);
        var taken = new List<(ClaimedEmail Email, SendOutcome Outcome)>();

        Parallel.For(0, 250, i =>
        {
            if (i % 10 == 3)
            {
                if (batch.Release(i))
                {
                    lock (taken)
                    {
                        taken.AddRange(batch.TakeFinished());
                    }
                }
            }
            else if (batch.Finish(i, SendOutcome.Sent($"250 {i}")))
            {
                lock (taken)
                {
                    taken.AddRange(batch.TakeFinished());
                }
            }
        });
        var ended = batch.Ended;
        taken.AddRange(batch.TakeFinished());

        Assert.True(ended);
        Assert.Equal(225, taken.Count);
        Assert.Equal(225, taken.Select(t => t.Email.Id).Distinct().Count());
        Assert.All(taken, t => Assert.Equal($"250 {batch.Emails.ToList().IndexOf(t.Email)}", t.Outcome.Reply));
        Assert.Empty(batch.TakeFinished());
    }

    [Fact]
    public void Ended_IsFalse_WhileAMessageIsStillOnTheWire()
    {
        var batch = Batch(size: 3, recordChunk: 100);
        batch.Finish(0, SendOutcome.Sent("250 OK"));
        batch.Release(2);

        Assert.False(batch.Ended);
        Assert.Single(batch.TakeFinished());
        Assert.True(batch.Finish(1, SendOutcome.Sent("250 OK")));
        Assert.True(batch.Ended);
    }

    private static ClaimedBatch Batch(int size, int recordChunk) => new(
        null!, // the transaction is only used by the recorder, not by the bookkeeping under test
        [.. Enumerable.Range(0, size).Select(n => new ClaimedEmail(Guid.NewGuid(), Guid.NewGuid(), "task-invitation", null, "en",
            $"{n}@review4u.test", "review4u@review4u.test", $"member{n}@example.org", null, null, "Subject", "Text", null, "{}", "[]", 1))],
        recordChunk);
}
