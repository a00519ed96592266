using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Documents.Questionnaires;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Data;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Model;
using Review4U.Rounds.Questionnaires;
using Review4U.Workflows.Runtime;

namespace Review4U.Rounds.Answers;

/// <summary>
/// The member flow behind the answer page and email replies: open a task by its link, save a draft, submit, attach,
/// decline, forward to a colleague. Every check runs before anything is written; a refused action writes nothing.
/// </summary>
public sealed class TaskAnswers(
    IMagicLinkService links, IQuestionnaireCatalog catalog, IOutbox outbox, EmailTemplates templates, RoundLinks urls,
    IWorkflowRuntime runtime, IOptions<RoundsOptions> options, TimeProvider time)
{
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;

    // The member pages run the same few statements on every request (link, access read, the answer writes, the open-task
    // check): prepared once per pooled connection, PostgreSQL skips parsing and planning them again (measured: the
    // access read's four-table plan was most of its server time). A pool of its own, as the setting is per connection string.
    private readonly string connectionString = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString)
    {
        MaxAutoPrepare = 32,
        AutoPrepareMinUsages = 2,
    }.ConnectionString;

    public async Task<(AnswerResult Result, TaskView? View)> OpenAsync(Guid roundId, string? token, CancellationToken ct)
    {
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(connectionString, ct);
        var (result, access) = await ResolveAsync(tx, roundId, token, ct);
        if (access is null)
        {
            return (result, null);
        }

        var questions = Questionnaire(access.Round);
        var routed = QuestionRouter.Route(questions, access.Task.ThematicAreas, access.Round.SectionIds.Count == 0 ? null : access.Round.SectionIds)
            .Where(q => access.Task.QuestionIds.Contains(q.Question.Id)).ToList();
        var answers = await tx.Rounds.Answers.AsNoTracking().Where(a => a.TaskId == access.Task.Id).ToDictionaryAsync(a => a.QuestionId, ct);
        var files = await tx.Rounds.Attachments.AsNoTracking().Where(a => a.TaskId == access.Task.Id).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        return (AnswerResult.Ok, new TaskView(access, routed, answers, files, IsOpen(access.Round)));
    }

    /// <summary>Saves answers as a draft, or submits them (the task becomes submitted); editable until the deadline.</summary>
    public Task<AnswerResult> SaveAsync(Guid roundId, string? token, IReadOnlyList<AnswerInput> inputs, bool submit, CancellationToken ct) =>
        WithAccessAsync(roundId, token, (db, access) => ApplyAsync(db, access, inputs, submit, ct), submit, ct, loadAnswers: true);

    /// <summary>The reply-by-email path: the same rules as the page, for a task and contact the reply token named.</summary>
    public async Task<AnswerResult> SaveForContactAsync(Guid taskId, Guid contactId, IReadOnlyList<AnswerInput> inputs, bool submit, CancellationToken ct)
    {
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(connectionString, ct);
        var access = await AccessAsync(tx, taskId, contactId, ct);
        if (access is null)
        {
            return AnswerResult.Fail(AnswerError.UnknownToken, "This reply does not belong to a task of yours.");
        }

        var result = await ApplyAsync(tx, access, inputs, submit, ct);
        return await FinishAsync(tx, access, result, submit, ct);
    }

    public Task<AnswerResult> AttachAsync(Guid roundId, string? token, string questionId, string fileName, string contentType, byte[] content, CancellationToken ct) =>
        WithAccessAsync(roundId, token, async (db, access) =>
        {
            if (!access.Task.QuestionIds.Contains(questionId))
            {
                return AnswerResult.Fail(AnswerError.QuestionNotRouted, $"Question {questionId} is not one of the questions asked of {access.Task.OrganisationName}.");
            }

            if (string.IsNullOrWhiteSpace(fileName) || content.Length == 0 || content.Length > MaxAttachmentBytes)
            {
                return AnswerResult.Fail(AnswerError.Invalid, $"A file needs a name and between 1 byte and {MaxAttachmentBytes / 1024 / 1024} MB.");
            }

            db.Rounds.Attachments.Add(new AttachmentRow
            {
                Id = Guid.CreateVersion7(), BodyId = access.Task.BodyId, TaskId = access.Task.Id, QuestionId = questionId,
                FileName = Path.GetFileName(fileName), ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType,
                Content = content, SizeBytes = content.Length, ContactId = access.ContactId, UploadedAt = time.GetUtcNow(),
            });
            var task = await db.Rounds.Tasks.SingleAsync(t => t.Id == access.Task.Id, ct);
            task.Status = task.Status == TaskStatuses.Pending ? TaskStatuses.Draft : task.Status;
            await db.Rounds.SaveChangesAsync(ct);
            return AnswerResult.Ok;
        }, signal: false, ct);

    public Task<AnswerResult> DeclineAsync(Guid roundId, string? token, string reason, CancellationToken ct) =>
        WithAccessAsync(roundId, token, async (db, access) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return AnswerResult.Fail(AnswerError.Invalid, "Please give a reason for declining, so the coordinator knows.");
            }

            var task = await db.Rounds.Tasks.SingleAsync(t => t.Id == access.Task.Id, ct);
            task.Status = TaskStatuses.Declined;
            task.DeclineReason = reason.Trim();
            await db.Rounds.SaveChangesAsync(ct);
            return AnswerResult.Ok;
        }, signal: true, ct);

    /// <summary>Gives a colleague of the same organisation their own link to the task (an invitation email).</summary>
    public Task<AnswerResult> ForwardAsync(Guid roundId, string? token, string colleagueEmail, CancellationToken ct) =>
        WithAccessAsync(roundId, token, async (db, access) =>
        {
            var email = (colleagueEmail ?? "").Trim().ToLowerInvariant();
            var colleague = await db.Domain.Contacts.AsNoTracking()
                .SingleOrDefaultAsync(c => c.Email == email && c.OrganisationId == access.Task.OrganisationId, ct);
            if (colleague is null)
            {
                return AnswerResult.Fail(AnswerError.Invalid,
                    $"'{colleagueEmail}' is not a contact of {access.Task.OrganisationName}; ask your coordinator to add them first.");
            }

            var now = time.GetUtcNow();
            if (!await db.Rounds.TaskContacts.AnyAsync(c => c.TaskId == access.Task.Id && c.ContactId == colleague.Id, ct))
            {
                db.Rounds.TaskContacts.Add(new TaskContactRow
                {
                    BodyId = access.Task.BodyId, TaskId = access.Task.Id, ContactId = colleague.Id, Name = colleague.Name,
                    Email = colleague.Email, Language = colleague.PreferredLanguage, ForwardedBy = access.ContactId, AddedAt = now,
                });
            }

            var task = await db.Rounds.Tasks.SingleAsync(t => t.Id == access.Task.Id, ct);
            task.ForwardedToContactId = colleague.Id;
            await db.Rounds.SaveChangesAsync(ct);
            var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == access.Task.BodyId, ct);
            var linkToken = await links.IssueAsync(db.Transaction, new MagicLinkScope(task.BodyId, task.Id, colleague.Id), links.DefaultExpiry(access.Round.Deadline), ct);
            var rendered = templates.Render(new TaskInvitationModel
            {
                Body = RoundMail.IdentityOf(body), RecipientName = colleague.Name, OrganisationName = task.OrganisationName,
                RoundTitle = access.Round.Title, QuestionCount = task.QuestionIds.Count, Deadline = access.Round.Deadline,
                TaskUrl = urls.Task(roundId, linkToken),
            }, colleague.PreferredLanguage, body.DefaultLanguage);
            await outbox.EnqueueAsync(db.Transaction, [RoundMail.ToOutgoing(
                rendered, task.BodyId, $"round:{roundId:N}:forward:{task.Id:N}:{colleague.Id:N}:{now.UtcTicks}", EmailCategories.TaskInvitation,
                colleague.Email, colleague.Name, roundId, task.Id, colleague.Id)], ct);
            return AnswerResult.Ok;
        }, signal: false, ct);

    /// <summary>For an expired link: emails a fresh one for the same task and contact (rate-limited by the email module).</summary>
    public async Task<AnswerResult> RequestFreshLinkAsync(Guid roundId, string? token, CancellationToken ct)
    {
        var resolution = await links.ResolveAsync(token, ct);
        if (resolution.Status != MagicLinkStatus.Expired || resolution.Scope is not { } scope)
        {
            return AnswerResult.Fail(AnswerError.UnknownToken, "A fresh link can only be sent for a known, expired link; ask your coordinator.");
        }

        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(connectionString, ct);
        var access = await AccessAsync(tx, scope.TaskId, scope.ContactId, ct);
        if (access is null || access.Round.Id != roundId)
        {
            return AnswerResult.Fail(AnswerError.AnotherRound, "This link does not belong to this round.") with { Language = access?.Language };
        }

        var contact = await tx.Rounds.TaskContacts.AsNoTracking().SingleAsync(c => c.TaskId == scope.TaskId && c.ContactId == scope.ContactId, ct);
        var body = await tx.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == scope.BodyId, ct);
        var expiry = links.DefaultExpiry(access.Round.Deadline);
        var floor = time.GetUtcNow().AddDays(1);
        await links.RequestFreshLinkAsync(new MagicLinkRenewal
        {
            Scope = scope, To = contact.Email, RecipientName = contact.Name, PreferredLanguage = contact.Language, BodyLanguage = body.DefaultLanguage,
            Body = RoundMail.IdentityOf(body), RoundTitle = access.Round.Title, RoundId = roundId,
            TaskUrl = fresh => urls.Task(roundId, fresh), ExpiresAt = expiry > floor ? expiry : floor,
        }, ct);
        return AnswerResult.Ok with { Language = access.Language };
    }

    /// <summary>
    /// Runs <paramref name="action"/> in a transaction of its own on the task the token opens. Two requests for one task
    /// racing to insert the same answer (a double click, two tabs) make one of them hit the unique index: that one is run
    /// again from the start and finds the other's row, so both members see their answer saved (as successive versions).
    /// Likewise when both update an answer that exists: the one whose version check fails runs again on the winner's version.
    /// </summary>
    private async Task<AnswerResult> WithAccessAsync(
        Guid roundId, string? token, Func<ModuleUnitOfWork<RoundsDbContext>, TaskAccess, Task<AnswerResult>> action, bool signal, CancellationToken ct, bool loadAnswers = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(roundId, token, action, signal, ct, loadAnswers);
            }
            catch (DbUpdateException e) when (attempt < 3 && (e is DbUpdateConcurrencyException || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }))
            {
                // its transaction is rolled back whole; the next attempt reads what the winner committed
            }
        }
    }

    private async Task<AnswerResult> AttemptAsync(
        Guid roundId, string? token, Func<ModuleUnitOfWork<RoundsDbContext>, TaskAccess, Task<AnswerResult>> action, bool signal, CancellationToken ct, bool loadAnswers = false)
    {
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(connectionString, ct);
        var (result, access) = await ResolveAsync(tx, roundId, token, loadAnswers, ct);
        if (access is null)
        {
            return result;
        }

        if (!IsOpen(access.Round))
        {
            return AnswerResult.Fail(AnswerError.AfterDeadline,
                $"The deadline of '{access.Round.Title}' was {access.Round.Deadline:yyyy-MM-dd HH:mm} UTC; answers can no longer be changed.") with { Language = access.Language };
        }

        // The transaction is this request's own and is rolled back whole on any failure: EF's automatic savepoint
        // around SaveChanges (two more round trips) would protect nothing.
        tx.Rounds.Database.AutoSavepointsEnabled = false;
        var applied = await action(tx, access);
        return await FinishAsync(tx, access, applied, signal, ct) with { Language = access.Language };
    }

    private async Task<AnswerResult> FinishAsync(ModuleUnitOfWork<RoundsDbContext> tx, TaskAccess access, AnswerResult result, bool signal, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            return result; // disposing rolls back: a refused action writes nothing
        }

        await tx.CommitAsync(ct);
        // The collecting step only needs waking when nothing is left open (its timers cover reminders and the
        // deadline). Waking it on every submit serialised a round's submitters on the engine's event lock. Checked
        // after the commit, so of two last submits racing, the later check sees both and wakes it.
        if (signal && !await AnyOpenTaskAsync(tx.Connection, access.Task.BodyId, access.Round.Id, ct))
        {
            await runtime.PublishEventAsync(RoundEvents.Changed, RoundEvents.Key(access.Round.Id), null, ct);
        }

        return result;
    }

    /// <summary>
    /// On the request's connection, its transaction committed: no second connection from the pool. Naming the body lets
    /// the (body_id, round_id, status) index find an open task directly; by round alone PostgreSQL walked the round's
    /// tasks until one was open, all of them for the last submits.
    /// </summary>
    private static async Task<bool> AnyOpenTaskAsync(NpgsqlConnection connection, Guid bodyId, Guid roundId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM rounds.tasks WHERE body_id = $1 AND round_id = $2 AND status = ANY($3))", connection);
        command.Parameters.AddWithValue(bodyId);
        command.Parameters.AddWithValue(roundId);
        command.Parameters.AddWithValue(TaskStatuses.Open.ToArray());
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    internal async Task<AnswerResult> ApplyAsync(ModuleUnitOfWork<RoundsDbContext> db, TaskAccess access, IReadOnlyList<AnswerInput> inputs, bool submit, CancellationToken ct)
    {
        if (!IsOpen(access.Round))
        {
            return AnswerResult.Fail(AnswerError.AfterDeadline, $"The deadline of '{access.Round.Title}' has passed; answers can no longer be changed.");
        }

        var questionnaire = Questionnaire(access.Round);
        foreach (var input in inputs)
        {
            if (!access.Task.QuestionIds.Contains(input.QuestionId))
            {
                return AnswerResult.Fail(AnswerError.QuestionNotRouted, $"Question {input.QuestionId} is not one of the questions asked of {access.Task.OrganisationName}.");
            }

            var question = questionnaire.AllQuestions.First(q => q.Id == input.QuestionId);
            if (ChoiceProblem(question, input.Choices) is { } problem)
            {
                return AnswerResult.Fail(AnswerError.Invalid, $"Question {input.QuestionId}: {problem}.");
            }
        }

        var existing = access.LoadedAnswers
            ?? await db.Rounds.Answers.AsNoTracking().Where(a => a.TaskId == access.Task.Id).ToDictionaryAsync(a => a.QuestionId, StringComparer.Ordinal, ct);
        await AnswerWriter.WriteAsync(db.Connection, db.Transaction, access, existing, inputs, submit, time.GetUtcNow(), ct);
        return AnswerResult.Ok;
    }

    private async Task<(AnswerResult, TaskAccess?)> ResolveAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, string? token, CancellationToken ct) =>
        await ResolveAsync(db, roundId, token, loadAnswers: false, ct);

    private async Task<(AnswerResult, TaskAccess?)> ResolveAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, string? token, bool loadAnswers, CancellationToken ct)
    {
        // On the transaction's own connection: one connection per request. Each extra one is a pool checkout (a backend
        // start-up when unpooled: then most of a submit's latency), and holding one while waiting for a second can starve the pool.
        var resolution = await links.ResolveAsync(db.Transaction, token, ct);
        switch (resolution.Status)
        {
            case MagicLinkStatus.Unknown:
                return (AnswerResult.Fail(AnswerError.UnknownToken, "This link is not known. Ask for a fresh link below."), null);
            case MagicLinkStatus.Expired:
                var expired = resolution.Scope is { } scope ? await AccessAsync(db, scope.TaskId, scope.ContactId, ct) : null;
                return (AnswerResult.Fail(AnswerError.ExpiredToken, "This link has expired. We can send you a fresh one.") with { Language = expired?.Language }, null);
        }

        var access = await AccessAsync(db, resolution.Scope!.TaskId, resolution.Scope.ContactId, loadAnswers, ct);
        if (access is null)
        {
            return (AnswerResult.Fail(AnswerError.UnknownToken, "This link does not open a task any more."), null);
        }

        return access.Round.Id != roundId
            ? (AnswerResult.Fail(AnswerError.AnotherRound, $"This link belongs to another round ('{access.Round.Title}'); open it from its own email.") with { Language = access.Language }, null)
            : (AnswerResult.Ok with { Language = access.Language }, access);
    }

    internal static async Task<TaskAccess?> AccessAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid taskId, Guid contactId, CancellationToken ct) =>
        await AccessAsync(db, taskId, contactId, loadAnswers: false, ct);

    /// <summary>
    /// Task, contact and round in one round trip (they were three); with <paramref name="loadAnswers"/> the task's answers
    /// come in the same round trip, for the edit that follows (written by <see cref="AnswerWriter"/>, so nothing is tracked). The body's default language is read only when the
    /// contact's own language is not one the pages speak (it decides nothing otherwise). Compiled once: EF Core then
    /// neither rebuilds nor looks up the query's expression tree on every request.
    /// </summary>
    private static async Task<TaskAccess?> AccessAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid taskId, Guid contactId, bool loadAnswers, CancellationToken ct)
    {
        var found = loadAnswers ? await AccessWithAnswers(db.Rounds, taskId, contactId, ct) : await AccessOnly(db.Rounds, taskId, contactId, ct);
        if (found is null)
        {
            return null;
        }

        var access = new TaskAccess(found.Round, found.Task, contactId, found.Name, found.Language)
        {
            LoadedAnswers = found.Answers?.ToDictionary(a => a.QuestionId, StringComparer.Ordinal),
        };

        var own = LanguageChooser.Choose(access.Language, bodyDefault: null);
        // Choose falls back to English: "en" is the contact's own only if a shipped second choice does not win over it.
        if (own != "en" || LanguageChooser.Choose(access.Language, bodyDefault: "fr") == "en")
        {
            return access with { Language = own };
        }

        var bodyLanguage = await db.Domain.Bodies.AsNoTracking().Where(b => b.Id == access.Task.BodyId).Select(b => b.DefaultLanguage).SingleAsync(ct);
        return access with { Language = LanguageChooser.Choose(access.Language, bodyLanguage) };
    }

    private static readonly Func<RoundsDbContext, Guid, Guid, CancellationToken, Task<AccessRow?>> AccessOnly = EF.CompileAsyncQuery(
        (RoundsDbContext rounds, Guid taskId, Guid contactId, CancellationToken ct) =>
            (from task in rounds.Tasks
             where task.Id == taskId
             from contact in rounds.TaskContacts.Where(c => c.TaskId == task.Id && c.ContactId == contactId)
             join round in rounds.Rounds on task.RoundId equals round.Id
             select new AccessRow { Task = task, Round = round, Name = contact.Name, Language = contact.Language })
            .AsNoTracking().SingleOrDefault());

    private static readonly Func<RoundsDbContext, Guid, Guid, CancellationToken, Task<AccessRow?>> AccessWithAnswers = EF.CompileAsyncQuery(
        (RoundsDbContext rounds, Guid taskId, Guid contactId, CancellationToken ct) =>
            (from task in rounds.Tasks
             where task.Id == taskId
             from contact in rounds.TaskContacts.Where(c => c.TaskId == task.Id && c.ContactId == contactId)
             join round in rounds.Rounds on task.RoundId equals round.Id
             select new AccessRow
             {
                 Task = task, Round = round, Name = contact.Name, Language = contact.Language,
                 Answers = rounds.Answers.Where(a => a.TaskId == task.Id).ToList(),
             })
            .AsNoTracking().SingleOrDefault());

    internal bool IsOpen(RoundRow round) => round.Status == RoundStatuses.Collecting && time.GetUtcNow() < round.Deadline;

    internal Questionnaire Questionnaire(RoundRow round) =>
        catalog.Find(round.QuestionnaireId, round.QuestionnaireVersion)
            ?? throw new InvalidOperationException($"Questionnaire {round.QuestionnaireId} v{round.QuestionnaireVersion} is not in the catalog.");

    private static string? ChoiceProblem(Question question, IReadOnlyList<string> choices) => question.Type switch
    {
        QuestionType.YesNoPartially when choices.Count > 1 || choices.Any(c => !YesNoPartially.All.Contains(c)) =>
            $"expected one of {string.Join(", ", YesNoPartially.All)}",
        QuestionType.SingleChoice when choices.Count > 1 => "choose at most one option",
        QuestionType.SingleChoice or QuestionType.MultipleChoice when choices.Any(c => question.Options.All(o => o.Id != c)) =>
            $"expected options among {string.Join(", ", question.Options.Select(o => o.Id))}",
        QuestionType.LongText or QuestionType.FileUpload when choices.Count > 0 => "this question takes no choices",
        _ => null,
    };
}
