using Microsoft.EntityFrameworkCore;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Launch;

public sealed class RoundLauncherTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;

    public async Task InitializeAsync() => world = await RoundsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task LaunchAsync_StartsTheWorkflowOnce_WhenARepeatFindsTheRoundCommittedWithoutOne()
    {
        // What a crash between the round's commit and its workflow's start leaves behind: the round, no instance.
        var request = new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(14), IdempotencyKey = "ke-crashed" };
        var crashed = await world.Get<RoundLauncher>().LaunchAsync(request with { StartWorkflow = false }, None);
        Assert.Null(crashed.WorkflowInstanceId);

        var repeated = await world.Get<RoundLauncher>().LaunchAsync(request, None);
        var again = await world.Get<RoundLauncher>().LaunchAsync(request, None);
        await world.RunEngineAsync();

        Assert.False(repeated.Created);
        Assert.Equal(crashed.RoundId, repeated.RoundId);
        Assert.NotNull(repeated.WorkflowInstanceId);
        Assert.Equal(repeated.WorkflowInstanceId, again.WorkflowInstanceId);
        await using var db = world.OpenRounds();
        Assert.Equal(repeated.WorkflowInstanceId, (await db.Rounds.SingleAsync(r => r.Id == crashed.RoundId)).WorkflowInstanceId);
        Assert.Equal(30, await db.Tasks.CountAsync(t => t.RoundId == crashed.RoundId));
    }
}
