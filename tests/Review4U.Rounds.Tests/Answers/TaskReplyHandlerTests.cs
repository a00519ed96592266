using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Email.Inbound;
using Review4U.Email.Outbox;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Answers;

/// <summary>Answers by email reply, through the email module's extension point, in its transaction.</summary>
public sealed class TaskReplyHandlerTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;
    private Guid roundId;

    public async Task InitializeAsync()
    {
        world = await RoundsWorld.CreateAsync();
        roundId = (await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(10), StartWorkflow = false }, None)).RoundId;
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None);
        await world.Get<TaskFanOut>().FanOutAsync(tx, roundId, null, world.Clock.GetUtcNow(), None);
        await tx.CommitAsync(None);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public void AddReview4URounds_ReplacesTheEmailModulesDefaultReplyHandler()
    {
        Assert.IsType<TaskReplyHandler>(world.Get<IReplyHandler>());
    }

    [Fact]
    public async Task HandleAsync_SubmitsTheTextAsTheFirstLongTextAnswerWithItsFiles_WhileTheRoundCollects()
    {
        var (taskId, contactId) = await TaskOfAsync(2);

        var acknowledgement = await HandleAsync(taskId, contactId, "Our answer by email.", [new EmailAttachment("study.pdf", "application/pdf", [1, 2, 3])]);

        Assert.NotNull(acknowledgement);
        await using var db = world.OpenRounds();
        Assert.Equal("submitted", (await db.Tasks.SingleAsync(t => t.Id == taskId)).Status);
        Assert.Equal("Our answer by email.", (await db.Answers.SingleAsync(a => a.TaskId == taskId && a.QuestionId == "c1")).Text);
        var file = await db.Attachments.SingleAsync(a => a.TaskId == taskId);
        Assert.Equal(("p3", "study.pdf", 3L), (file.QuestionId, file.FileName, file.SizeBytes));
    }

    [Fact]
    public async Task HandleAsync_KeepsTheReplyAsACommentOnly_WhenTheDeadlineHasPassed()
    {
        var (taskId, contactId) = await TaskOfAsync(3);
        world.Clock.SetUtcNow(RoundsWorld.Start.AddDays(11));

        var acknowledgement = await HandleAsync(taskId, contactId, "Too late by email.", []);

        Assert.NotNull(acknowledgement);
        await using var db = world.OpenRounds();
        Assert.Equal("pending", (await db.Tasks.SingleAsync(t => t.Id == taskId)).Status);
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    private async Task<ReplyAcknowledgement?> HandleAsync(Guid taskId, Guid contactId, string text, IReadOnlyList<EmailAttachment> files)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var acknowledgement = await world.Services.GetRequiredService<IReplyHandler>().HandleAsync(transaction, new InboundReply
        {
            InboundId = Guid.CreateVersion7(), MessageId = "<reply@test>", BodyId = world.BodyId, ScopeId = roundId, TaskId = taskId, ContactId = contactId,
            OutboxId = Guid.CreateVersion7(), MatchedBy = "plus-address", FromAddress = "someone@example.org", Subject = "Re: task",
            Text = text, Attachments = files, ReceivedAt = world.Clock.GetUtcNow(), Language = "en", OriginalSubject = "Task",
        }, None);
        await transaction.CommitAsync();
        return acknowledgement;
    }

    private async Task<(Guid TaskId, Guid ContactId)> TaskOfAsync(int number)
    {
        var organisation = world.Organisations[number - 1];
        await using var db = world.OpenRounds();
        var task = await db.Tasks.SingleAsync(t => t.RoundId == roundId && t.OrganisationId == organisation.Id);
        return (task.Id, organisation.Contacts[0].Id);
    }
}
