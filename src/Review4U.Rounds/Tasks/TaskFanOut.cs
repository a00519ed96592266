using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
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
using Review4U.Rounds.Recipients;

namespace Review4U.Rounds.Tasks;

/// <summary>
/// Creates a round's tasks and invitations set-based, in the caller's transaction: one binary COPY of all magic links,
/// one of the tasks, one of their contacts (the invitations render meanwhile), and one COPY of all invitation emails
/// straight into the outbox. Organisations that
/// already have a task in the round are skipped, so running it again (a retry, or "add recipients") adds only new ones.
/// </summary>
public sealed class TaskFanOut(IQuestionnaireCatalog catalog, IMagicLinkService links, IOutbox outbox, EmailTemplates templates, RoundLinks urls)
{
    public async Task<int> FanOutAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, RecipientRule? rule, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.Rounds.Rounds.SingleAsync(r => r.Id == roundId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        var questionnaire = catalog.Find(round.QuestionnaireId, round.QuestionnaireVersion)
            ?? throw new InvalidOperationException($"Questionnaire {round.QuestionnaireId} v{round.QuestionnaireVersion} is not in the catalog.");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(body.TimeZoneId)).DateTime);
        var recipients = await RecipientResolver.ResolveAsync(db.Domain, round.BodyId, rule ?? RecipientRule.Parse(round.RecipientsRule), today, ct);
        var existing = (await db.Rounds.Tasks.Where(t => t.RoundId == roundId).Select(t => t.OrganisationId).ToListAsync(ct)).ToHashSet();
        var sections = round.SectionIds.Count == 0 ? null : round.SectionIds;

        var created = new List<(RoundTaskRow Task, Recipient Recipient)>();
        // Routing depends only on the organisation's areas: members share a handful of area sets, each routed once.
        var routes = new Dictionary<string, IReadOnlyList<RoutedQuestion>>(StringComparer.Ordinal);
        foreach (var recipient in recipients.Where(r => !existing.Contains(r.OrganisationId)))
        {
            var areas = string.Join('\n', recipient.ThematicAreas);
            if (!routes.TryGetValue(areas, out var routed))
            {
                routes[areas] = routed = QuestionRouter.Route(questionnaire, recipient.ThematicAreas.ToList(), sections);
            }

            if (routed.Count == 0)
            {
                continue; // nothing to ask this organisation
            }

            created.Add((new RoundTaskRow
            {
                Id = Guid.CreateVersion7(),
                BodyId = round.BodyId,
                RoundId = roundId,
                OrganisationId = recipient.OrganisationId,
                OrganisationName = recipient.Name,
                ThematicAreas = [.. recipient.ThematicAreas],
                QuestionIds = routed.Select(q => q.Question.Id).ToList(),
                Status = TaskStatuses.Pending,
                CreatedAt = now,
            }, recipient));
        }

        if (created.Count == 0)
        {
            return 0;
        }

        var identity = RoundMail.IdentityOf(body);
        var expiry = links.DefaultExpiry(round.Deadline);
        var invited = created.SelectMany(c => c.Recipient.Contacts.Select(contact => (c.Task, c.Recipient, Contact: contact))).ToList();
        // The links first (they only name the new tasks' ids): their tokens are what the invitations need, so the
        // rendering below runs on the client while PostgreSQL takes the COPY of the tasks and their contacts.
        var tokens = await links.IssueManyAsync(
            db.Transaction, invited.Select(i => (new MagicLinkScope(round.BodyId, i.Task.Id, i.Contact.ContactId), expiry)).ToList(), ct);
        var renderer = new InvitationRenderer(templates, identity, round.Title, round.Deadline, body.DefaultLanguage, token => urls.Task(roundId, token));
        var rendering = Task.Run(() => RenderInvitations(renderer, invited, tokens, round.BodyId, roundId, ct), ct);
        try
        {
            await CopyTasksAsync(db.Transaction, created.Select(c => c.Task), ct);
            await CopyContactsAsync(db.Transaction, created.SelectMany(c => c.Recipient.Contacts.Select(contact => (c.Task, contact))), now, ct);
        }
        finally
        {
            // Never leave the rendering running past this call, whatever happened to the COPY.
            await ((Task)rendering).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var emails = await rendering;

        // Every key names a task created above in this transaction, so none can exist yet: one COPY straight into the
        // outbox. A retry after a rollback makes new tasks (new keys); after the commit the step is done, and a run
        // again skips organisations that have a task, so no invitation is queued twice.
        await outbox.EnqueueNewAsync(db.Transaction, emails, ct);
        return created.Count;
    }

    /// <summary>
    /// Most invitations are one template shape with the contact's values substituted (<see cref="InvitationRenderer"/>);
    /// the rest, and the shapes, are full Liquid renders (~0.1 ms each), independent and on immutable parsed templates,
    /// so they run on every core. Each email keeps its index: the outbox rows are the same, in the same order, as a
    /// sequential loop would write them.
    /// </summary>
    private static OutgoingEmail[] RenderInvitations(InvitationRenderer renderer, List<(RoundTaskRow Task, Recipient Recipient, RecipientContact Contact)> invited,
        IReadOnlyList<string> tokens, Guid bodyId, Guid roundId, CancellationToken ct)
    {
        var emails = new OutgoingEmail[invited.Count];
        Parallel.For(0, invited.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (task, recipient, contact) = invited[i];
            var rendered = renderer.Render(contact.Name, recipient.Name, task.QuestionIds.Count, contact.Language, tokens[i]);
            emails[i] = RoundMail.ToOutgoing(
                rendered, bodyId, $"round:{roundId:N}:invitation:{task.Id:N}:{contact.ContactId:N}", EmailCategories.TaskInvitation,
                contact.Email, contact.Name, roundId, task.Id, contact.ContactId);
        });
        return emails;
    }

    private static async Task CopyTasksAsync(NpgsqlTransaction transaction, IEnumerable<RoundTaskRow> tasks, CancellationToken ct)
    {
        await using var importer = await transaction.Connection!.BeginBinaryImportAsync(
            "COPY rounds.tasks (id, body_id, round_id, organisation_id, organisation_name, thematic_areas, question_ids, status, created_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var task in tasks)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(task.Id, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(task.BodyId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(task.RoundId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(task.OrganisationId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(task.OrganisationName, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(task.ThematicAreas, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await importer.WriteAsync(task.QuestionIds, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await importer.WriteAsync(task.Status, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(task.CreatedAt, NpgsqlDbType.TimestampTz, ct);
        }

        await importer.CompleteAsync(ct);
    }

    private static async Task CopyContactsAsync(
        NpgsqlTransaction transaction, IEnumerable<(RoundTaskRow Task, RecipientContact Contact)> rows, DateTimeOffset now, CancellationToken ct)
    {
        await using var importer = await transaction.Connection!.BeginBinaryImportAsync(
            "COPY rounds.task_contacts (body_id, task_id, contact_id, name, email, language, added_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (task, contact) in rows)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(task.BodyId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(task.Id, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(contact.ContactId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(contact.Name, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(contact.Email, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(contact.Language, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
        }

        await importer.CompleteAsync(ct);
    }
}
