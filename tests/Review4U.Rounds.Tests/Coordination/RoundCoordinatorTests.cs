using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Email.Data;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Coordination;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Coordination;

/// <summary>A coordinator's actions on a collecting round (the workflow is not started: the effects are under test).</summary>
public sealed class RoundCoordinatorTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Deadline = RoundsWorld.Start.AddDays(10);
    private RoundsWorld world = null!;
    private Guid roundId;

    public async Task InitializeAsync()
    {
        world = await RoundsWorld.CreateAsync();
        roundId = (await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = Deadline, StartWorkflow = false }, None)).RoundId;
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None);
        await world.Get<TaskFanOut>().FanOutAsync(tx, roundId, null, world.Clock.GetUtcNow(), None);
        await tx.CommitAsync(None);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ExtendAsync_MovesEveryLinkOfTheRoundPastTheNewDeadline_WhenTheExtensionGoesBeyondTheGrace()
    {
        var token = RoundsWorld.TaskLink((await world.DeliverMailAsync()).First(e => e.EnvelopeTo[0] == "contact02@org02.example")).Token;
        var extended = Deadline.AddDays(30); // the links' grace is 10 days: without the move they would die 20 days early

        await world.Get<RoundCoordinator>().ExtendAsync(roundId, extended, None);

        await using (var email = new EmailDbContext(EmailDatabase.Options(world.Database.ConnectionString)))
        await using (var rounds = world.OpenRounds())
        {
            var tasks = await rounds.Tasks.Where(t => t.RoundId == roundId).Select(t => t.Id).ToListAsync();
            var expiries = await email.MagicLinks.Where(m => tasks.Contains(m.TaskId)).Select(m => m.ExpiresAt).Distinct().ToListAsync();
            Assert.Equal([extended.AddDays(10)], expiries);
        }

        world.Clock.SetUtcNow(Deadline.AddDays(15)); // past the old expiry, before the new deadline
        var (result, view) = await world.Get<TaskAnswers>().OpenAsync(roundId, token, None);
        Assert.True(result.Succeeded, result.Message);
        Assert.True(view!.Editable);
        Assert.True((await world.Get<TaskAnswers>().SaveAsync(roundId, token, [new AnswerInput("c1", "Answered in the extension", [])], true, None)).Succeeded);
    }

    [Fact]
    public async Task ExtendAsync_RefusesAndChangesNothing_WhenTheNewDeadlineIsNotLater()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => world.Get<RoundCoordinator>().ExtendAsync(roundId, Deadline.AddDays(-1), None));

        Assert.Contains("--deadline", error.Message, StringComparison.Ordinal);
        await using var email = new EmailDbContext(EmailDatabase.Options(world.Database.ConnectionString));
        Assert.Equal([Deadline.AddDays(10)], await email.MagicLinks.Select(m => m.ExpiresAt).Distinct().ToListAsync());
    }
}
