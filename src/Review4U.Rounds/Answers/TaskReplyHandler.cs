using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Documents.Questionnaires;
using Review4U.Email.Inbound;
using Review4U.Rounds.Data;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Model;
using Review4U.Workflows.Runtime;

namespace Review4U.Rounds.Answers;

/// <summary>
/// Answers by email reply. The rule: while the round collects answers, a reply's text becomes the answer to the
/// task's first routed long-text question (appended as a new paragraph when that answer has text already) and the
/// task counts as submitted; files attached to the reply go to the first routed file-upload question (else to that
/// same question). After the deadline, or for a declined task, nothing is written to the task: the reply stays a
/// comment in <c>email.inbound</c> for the coordinator. Runs in the email module's transaction, so it happens once.
/// </summary>
public sealed class TaskReplyHandler(TaskAnswers answers, RoundLinks urls, IWorkflowRuntime runtime, TimeProvider time) : IReplyHandler
{
    public async Task<ReplyAcknowledgement?> HandleAsync(NpgsqlTransaction transaction, InboundReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.TaskId is not { } taskId || reply.ContactId is not { } contactId)
        {
            return null;
        }

        await using var db = await ModuleUnitOfWork.JoinAsync<RoundsDbContext>(transaction, ct);
        var access = await TaskAnswers.AccessAsync(db, taskId, contactId, ct);
        if (access is null)
        {
            return null;
        }

        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == access.Task.BodyId, ct);
        var acknowledgement = new ReplyAcknowledgement(RoundMail.IdentityOf(body), access.Round.Title, urls.Round(access.Round.Id), access.ContactName);
        if (!answers.IsOpen(access.Round) || access.Task.Status == TaskStatuses.Declined)
        {
            return acknowledgement; // kept as a comment only
        }

        var routed = answers.Questionnaire(access.Round).AllQuestions.Where(q => access.Task.QuestionIds.Contains(q.Id)).ToList();
        var target = routed.Find(q => q.Type == QuestionType.LongText);
        if (target is null || string.IsNullOrWhiteSpace(reply.Text))
        {
            return acknowledgement;
        }

        var existing = await db.Rounds.Answers.AsNoTracking().SingleOrDefaultAsync(a => a.TaskId == taskId && a.QuestionId == target.Id, ct);
        var text = string.IsNullOrWhiteSpace(existing?.Text) ? reply.Text.Trim() : existing.Text + "\n\n" + reply.Text.Trim();
        var result = await answers.ApplyAsync(db, access, [new AnswerInput(target.Id, text, [])], submit: true, ct);
        if (result.Succeeded && reply.Attachments.Count > 0)
        {
            var fileQuestion = routed.Find(q => q.Type == QuestionType.FileUpload) ?? target;
            foreach (var file in reply.Attachments)
            {
                db.Rounds.Attachments.Add(new AttachmentRow
                {
                    Id = Guid.CreateVersion7(), BodyId = access.Task.BodyId, TaskId = taskId, QuestionId = fileQuestion.Id,
                    FileName = Path.GetFileName(file.FileName), ContentType = file.ContentType, Content = file.Content,
                    SizeBytes = file.Content.Length, ContactId = contactId, UploadedAt = time.GetUtcNow(),
                });
            }

            await db.Rounds.SaveChangesAsync(ct);
        }

        // Published before the email module commits: the collecting step may look too early, then its next
        // wake-up (a reminder or the deadline) sees the submitted task. Harmless either way.
        await runtime.PublishEventAsync(RoundEvents.Changed, RoundEvents.Key(access.Round.Id), null, ct);
        return acknowledgement;
    }
}
