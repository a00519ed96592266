using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Model;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Answers;

/// <summary>The member flow's refusals: each is a clear error and writes nothing.</summary>
public sealed class TaskAnswersTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;

    public async Task InitializeAsync() => world = await RoundsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task SaveAsync_IsRefusedAndWritesNothing_WhenTheDeadlineHasPassed()
    {
        var (roundId, links) = await OpenRoundAsync("late", RoundsWorld.Start.AddDays(3));
        world.Clock.SetUtcNow(RoundsWorld.Start.AddDays(3).AddMinutes(1));

        var result = await world.Get<TaskAnswers>().SaveAsync(roundId, links["contact01@org01.example"], [new AnswerInput("c1", "Too late", [])], true, None);

        Assert.Equal(AnswerError.AfterDeadline, result.Error);
        await AssertNothingWrittenAsync(roundId);
    }

    [Fact]
    public async Task SaveAsync_IsRefusedAndWritesNothing_WhenAQuestionIsNotRoutedToTheOrganisation()
    {
        var (roundId, links) = await OpenRoundAsync("routing", RoundsWorld.Start.AddDays(10));

        // org-01 works on government coordination only: p1 (trafficking) is not its question.
        var result = await world.Get<TaskAnswers>().SaveAsync(roundId, links["contact01@org01.example"],
            [new AnswerInput("c1", "Fine", []), new AnswerInput("p1", null, ["shelter"])], true, None);

        Assert.Equal(AnswerError.QuestionNotRouted, result.Error);
        Assert.Contains("p1", result.Message, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(roundId);
    }

    [Fact]
    public async Task SaveAsync_IsRefusedAndWritesNothing_WhenTheTokenBelongsToAnotherRound()
    {
        var (first, _) = await OpenRoundAsync("first", RoundsWorld.Start.AddDays(10));
        var (second, links) = await OpenRoundAsync("second", RoundsWorld.Start.AddDays(11));

        var result = await world.Get<TaskAnswers>().SaveAsync(first, links["contact01@org01.example"], [new AnswerInput("c1", "Wrong round", [])], true, None);

        Assert.Equal(AnswerError.AnotherRound, result.Error);
        await AssertNothingWrittenAsync(first);
        await AssertNothingWrittenAsync(second);
    }

    [Fact]
    public async Task SaveAsync_KeepsOneAnswerPerQuestionWithEachVersion_WhenTheSameTaskIsSubmittedTwice()
    {
        var (roundId, links) = await OpenRoundAsync("twice", RoundsWorld.Start.AddDays(10));
        var answers = world.Get<TaskAnswers>();

        var first = await answers.SaveAsync(roundId, links["contact01@org01.example"], [new AnswerInput("c1", "First", [])], true, None);
        var second = await answers.SaveAsync(roundId, links["contact01@org01.example"], [new AnswerInput("c1", "Second", [])], true, None);

        Assert.True(first.Succeeded, first.Message);
        Assert.True(second.Succeeded, second.Message);
        await using var db = world.OpenRounds();
        var answer = Assert.Single(await db.Answers.Where(a => a.RoundId == roundId).ToListAsync());
        Assert.Equal(("Second", 2, "submitted"), (answer.Text, answer.Version, answer.Status));
        Assert.Equal(["First", "Second"], await db.AnswerVersions.Where(v => v.AnswerId == answer.Id).OrderBy(v => v.Version).Select(v => v.Text).ToListAsync());
        var task = await db.Tasks.SingleAsync(t => t.Id == answer.TaskId);
        Assert.Equal("submitted", task.Status);
        Assert.Equal(world.Clock.GetUtcNow(), task.SubmittedAt);
    }

    [Fact]
    public async Task SaveAsync_SavesBothAsVersionsOfOneAnswer_WhenTwoSubmitsOfTheSameTaskRace()
    {
        var (roundId, links) = await OpenRoundAsync("race", RoundsWorld.Start.AddDays(10));
        var answers = world.Get<TaskAnswers>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            answers.SaveAsync(roundId, links["contact01@org01.example"], [new AnswerInput("c1", $"Tab {i}", [])], true, None))));

        // The loser of the insert race runs again and updates the winner's row: both members see their answer saved.
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Message));
        await using var db = world.OpenRounds();
        var answer = Assert.Single(await db.Answers.Where(a => a.RoundId == roundId).ToListAsync());
        Assert.Equal(2, answer.Version);
        Assert.Equal(2, await db.AnswerVersions.CountAsync(v => v.AnswerId == answer.Id));
        Assert.Equal("submitted", (await db.Tasks.SingleAsync(t => t.Id == answer.TaskId)).Status);
    }

    [Fact]
    public async Task SaveAsync_SavesBothAsVersionsOfOneAnswer_WhenTwoSavesOfAnExistingAnswerRace()
    {
        var (roundId, links) = await OpenRoundAsync("update-race", RoundsWorld.Start.AddDays(10));
        var answers = world.Get<TaskAnswers>();
        var token = links["contact01@org01.example"];
        Assert.True((await answers.SaveAsync(roundId, token, [new AnswerInput("c1", "First draft", [])], false, None)).Succeeded);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            answers.SaveAsync(roundId, token, [new AnswerInput("c1", $"Tab {i}", [])], true, None))));

        // The one whose version check fails runs again on the winner's version: nothing is lost, no version is written twice.
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Message));
        await using var db = world.OpenRounds();
        var answer = Assert.Single(await db.Answers.Where(a => a.RoundId == roundId).ToListAsync());
        Assert.Equal((3, "submitted"), (answer.Version, answer.Status));
        Assert.Equal([1, 2, 3], await db.AnswerVersions.Where(v => v.AnswerId == answer.Id).OrderBy(v => v.Version).Select(v => v.Version).ToListAsync());
    }

    [Fact]
    public async Task SaveAsync_KeepsTheAnswersSubmitted_WhenADraftIsSavedAfterTheSubmit()
    {
        var (roundId, links) = await OpenRoundAsync("draft-after-submit", RoundsWorld.Start.AddDays(10));
        var answers = world.Get<TaskAnswers>();
        var token = links["contact01@org01.example"];

        Assert.True((await answers.SaveAsync(roundId, token, [new AnswerInput("c1", "Submitted text", [])], true, None)).Succeeded);
        Assert.True((await answers.SaveAsync(roundId, token, [new AnswerInput("c1", "  Edited text  ", [])], false, None)).Succeeded);

        await using var db = world.OpenRounds();
        var answer = Assert.Single(await db.Answers.Where(a => a.RoundId == roundId).ToListAsync());
        Assert.Equal(("Edited text", 2, "submitted"), (answer.Text, answer.Version, answer.Status));
        var versions = await db.AnswerVersions.Where(v => v.AnswerId == answer.Id).OrderBy(v => v.Version).Select(v => new { v.Text, v.Status }).ToListAsync();
        Assert.Equal([("Submitted text", "submitted"), ("Edited text", "draft")], versions.Select(v => (v.Text, v.Status)));
        var task = await db.Tasks.SingleAsync(t => t.Id == answer.TaskId);
        Assert.Equal(("submitted", world.Clock.GetUtcNow()), (task.Status, task.SubmittedAt));
    }

    [Fact]
    public async Task SaveAsync_WakesTheCollectingStep_WhenTheLastTwoOpenTasksAreSubmittedAtOnce()
    {
        var launched = await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(14), IdempotencyKey = "wake" }, None);
        await world.RunEngineAsync();
        var tokens = (await world.DeliverMailAsync()).Select(e => RoundsWorld.TaskLink(e).Token).ToList();
        Assert.Equal(30, tokens.Count);
        var answers = world.Get<TaskAnswers>();
        foreach (var token in tokens.Skip(2))
        {
            Assert.True((await answers.DeclineAsync(launched.RoundId, token, "No capacity this quarter", None)).Succeeded);
        }

        await world.RunEngineAsync();
        Assert.Equal(RoundStatuses.Collecting, await RoundStatusAsync(launched.RoundId));

        // Each submit checks for open tasks after its commit: whichever checks last sees both submitted and wakes the step.
        var last = await Task.WhenAll(tokens.Take(2).Select(token => Task.Run(() =>
            answers.SaveAsync(launched.RoundId, token, [new AnswerInput("c1", "Our answer", [])], true, None))));
        Assert.All(last, r => Assert.True(r.Succeeded, r.Message));
        await world.RunEngineAsync();

        // Woken with nothing left open, the collecting step completed at once (no deadline reached) and the review opened.
        Assert.Equal(RoundStatuses.Review, await RoundStatusAsync(launched.RoundId));
    }

    [Fact]
    public async Task SaveAsync_StoresEverySubmission_WhenMembersOfManyOrganisationsSubmitAtOnce()
    {
        var (roundId, links) = await OpenRoundAsync("crowd", RoundsWorld.Start.AddDays(10));
        var answers = world.Get<TaskAnswers>();

        var results = await Task.WhenAll(links.Values.Select(token => Task.Run(() =>
            answers.SaveAsync(roundId, token, [new AnswerInput("c1", "Our answer", [])], true, None))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
        await using var db = world.OpenRounds();
        Assert.Equal(links.Count, await db.Tasks.CountAsync(t => t.RoundId == roundId && t.Status == "submitted"));
        Assert.Equal(links.Count, await db.Answers.CountAsync(a => a.RoundId == roundId && a.QuestionId == "c1"));
    }

    [Fact]
    public async Task SaveAsync_OffersAFreshLinkAndWritesNothing_WhenTheLinkHasExpired()
    {
        var (roundId, links) = await OpenRoundAsync("expired", RoundsWorld.Start.AddDays(3));
        world.Clock.SetUtcNow(RoundsWorld.Start.AddDays(400));

        var result = await world.Get<TaskAnswers>().SaveAsync(roundId, links["contact01@org01.example"], [new AnswerInput("c1", "Too late", [])], true, None);

        Assert.Equal(AnswerError.ExpiredToken, result.Error);
        Assert.NotNull(result.Language);
        await AssertNothingWrittenAsync(roundId);
    }

    [Fact]
    public async Task OpenAsync_ReportsAnUnknownToken_WhenTheLinkWasNeverIssued()
    {
        var (roundId, _) = await OpenRoundAsync("unknown", RoundsWorld.Start.AddDays(10));

        var (result, view) = await world.Get<TaskAnswers>().OpenAsync(roundId, new string('A', 43), None);

        Assert.Equal(AnswerError.UnknownToken, result.Error);
        Assert.Null(view);
    }

    [Fact]
    public async Task OpenAsync_ShowsOnlyTheRoutedQuestions_WhenTheLinkIsValid()
    {
        var (roundId, links) = await OpenRoundAsync("view", RoundsWorld.Start.AddDays(10));

        // org-02 works on trafficking in persons: c1, p1 and p3 (untagged or tagged trafficking).
        var (result, view) = await world.Get<TaskAnswers>().OpenAsync(roundId, links["contact02@org02.example"], None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(["c1", "p1", "p3"], view!.Questions.Select(q => q.Question.Id).ToArray());
        Assert.True(view.Editable);
    }

    [Fact]
    public async Task LaunchAsync_StartsOneRound_WhenLaunchedTwiceWithTheSameKey()
    {
        var request = new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(5), StartWorkflow = false };

        var first = await world.Get<RoundLauncher>().LaunchAsync(request, None);
        var second = await world.Get<RoundLauncher>().LaunchAsync(request, None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.RoundId, second.RoundId);
        await using var db = world.OpenRounds();
        Assert.Equal(1, await db.Rounds.CountAsync());
    }

    [Fact]
    public async Task LaunchAsync_NamesTheOptionAndWritesNothing_WhenTheSectionIsUnknown()
    {
        var request = new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", SectionIds = ["nope"], Deadline = RoundsWorld.Start.AddDays(5) };

        var error = await Assert.ThrowsAsync<RoundLaunchException>(() => world.Get<RoundLauncher>().LaunchAsync(request, None));

        Assert.StartsWith("--sections:", error.Message, StringComparison.Ordinal);
        await using var db = world.OpenRounds();
        Assert.Equal(0, await db.Rounds.CountAsync());
    }

    private async Task<(Guid RoundId, Dictionary<string, string> Links)> OpenRoundAsync(string key, DateTimeOffset deadline)
    {
        var launched = await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = deadline, IdempotencyKey = key, StartWorkflow = false }, None);
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None))
        {
            Assert.Equal(30, await world.Get<TaskFanOut>().FanOutAsync(tx, launched.RoundId, null, world.Clock.GetUtcNow(), None));
            await tx.CommitAsync(None);
        }

        var emails = await world.DeliverMailAsync();
        return (launched.RoundId, emails.ToDictionary(e => e.EnvelopeTo[0], e => RoundsWorld.TaskLink(e).Token));
    }

    private async Task<string> RoundStatusAsync(Guid roundId)
    {
        await using var db = world.OpenRounds();
        return await db.Rounds.Where(r => r.Id == roundId).Select(r => r.Status).SingleAsync();
    }

    private async Task AssertNothingWrittenAsync(Guid roundId)
    {
        await using var db = world.OpenRounds();
        Assert.Equal(0, await db.Answers.CountAsync(a => a.RoundId == roundId));
        Assert.Equal(0, await db.AnswerVersions.CountAsync());
        Assert.All(await db.Tasks.Where(t => t.RoundId == roundId).ToListAsync(), t => Assert.Equal("pending", t.Status));
    }
}
