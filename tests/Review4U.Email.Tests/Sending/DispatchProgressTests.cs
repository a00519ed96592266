using Review4U.Email.Sending;

namespace Review4U.Email.Tests.Sending;

/// <summary>The claim loop is woken when what it waits for can have come true, not once per message sent.</summary>
public sealed class DispatchProgressTests
{
    [Fact]
    public async Task Taken_WakesTheWaiterOnce_WhenTheUnsentCountReachesTheClaimAheadMark()
    {
        using var progress = new DispatchProgress(claimAhead: 500);
        progress.Claimed(500);
        progress.Claimed(500);

        var room = progress.WaitForRoomAsync(CancellationToken.None);
        for (var i = 0; i < 499; i++)
        {
            progress.Taken();
        }

        var beforeTheMark = room.IsCompleted;
        progress.Taken();

        Assert.False(beforeTheMark);
        Assert.True(await room);
        Assert.Equal(1, progress.WakeUps);
        Assert.Equal(500, progress.Unsent);
    }

    [Fact]
    public async Task Recorded_WakesTheWaiterOnce_WhenTheLastOutstandingBatchIsRecorded()
    {
        using var progress = new DispatchProgress(claimAhead: 200); // above what is ever unsent: no room signal
        for (var batch = 0; batch < 3; batch++)
        {
            progress.Claimed(50);
        }

        for (var i = 0; i < 150; i++)
        {
            progress.Taken();
        }

        var allRecorded = progress.WaitForAllRecordedAsync(CancellationToken.None);
        progress.Recorded(50);
        progress.Recorded(50);
        var beforeTheLast = allRecorded.IsCompleted;
        progress.Recorded(50);

        Assert.False(beforeTheLast);
        Assert.True(await allRecorded);
        Assert.Equal(1, progress.WakeUps);
    }

    [Fact]
    public async Task WaitForRoomAsync_SeesASignalGivenBeforeItWaits_WhenTheMarkIsReachedBetweenCheckAndWait()
    {
        using var progress = new DispatchProgress(claimAhead: 10);
        progress.Claimed(11);
        progress.Taken(); // reaches the mark with nobody waiting: the signal stays counted

        Assert.True(await progress.WaitForRoomAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task WaitForRoomAsync_ReturnsFalse_WhenStoppedBeforeThereIsRoom()
    {
        using var progress = new DispatchProgress(claimAhead: 10);
        progress.Claimed(20);
        using var stop = new CancellationTokenSource();

        var room = progress.WaitForRoomAsync(stop.Token);
        await stop.CancelAsync();

        Assert.False(await room);
    }
}
